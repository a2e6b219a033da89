/**
 * Adding a UI language is its locale files and one registry entry: with a made-up entry (and no
 * files), the app already offers it, detects it, formats in its locale and shows pack texts by the
 * one fallback rule. The locale files side is checked in tests/unit/locales.test.ts.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goto } from '$app/navigation';
import LanguageSwitcher from '$lib/components/shell/LanguageSwitcher.svelte';
import LanguagePanel from '$lib/components/settings/LanguagePanel.svelte';
import { detectLang } from './detect';
import { formatNumber } from './format';
import { locale, lt, setLang } from './index.svelte';
import type { Lang } from './languages';
import { localize } from './pack-text';

// Choosing a language moves to its page; jsdom has no router.
vi.mock('$app/navigation', () => ({ goto: vi.fn() }));

vi.mock('./languages', async (importOriginal) => {
	const real = await importOriginal<typeof import('./languages')>();
	return {
		...real,
		UI_LANGUAGES: [...real.UI_LANGUAGES, { code: 'xx', name: 'Xxisch', intl: 'de-DE' }]
	};
});

const xx = 'xx' as Lang;

describe('a language added to the registry only', () => {
	afterEach(() => setLang('fr', false));

	it('is offered by both language pickers under its own name', () => {
		render(LanguageSwitcher);
		expect(screen.getByRole('button', { name: 'Xxisch' })).toHaveAttribute('lang', 'xx');
		render(LanguagePanel);
		expect(screen.getByRole('radio', { name: 'Xxisch' })).not.toBeChecked();
	});

	it('can be chosen: <html lang> follows and the choice is remembered', async () => {
		render(LanguageSwitcher);
		await userEvent.click(screen.getByRole('button', { name: 'Xxisch' }));
		// The switch waits for the language's strings (none here) before it shows.
		await waitFor(() => expect(document.documentElement.lang).toBe('xx'));
		expect(screen.getByRole('button', { name: 'Xxisch' })).toHaveAttribute('aria-pressed', 'true');
		expect(localStorage.getItem('liaison.lang')).toBe('xx');
		expect(locale.current).toBe('xx');
		expect(goto).toHaveBeenCalledWith('/xx', expect.objectContaining({ replaceState: true }));
	});

	it('is detected from the browser and formats numbers in its Intl locale', () => {
		expect(detectLang(null, ['xx-YY', 'fr-BE'])).toBe('xx');
		expect(formatNumber(1234.5, xx)).toBe('1.234,5');
	});

	it('shows pack texts by the one fallback rule when no pack is written in it', async () => {
		expect(localize({ fr: 'Sûreté', nl: 'Staatsveiligheid' }, xx)).toBe('Sûreté');
		expect(localize({ nl: 'Staatsveiligheid' }, xx)).toBe('Staatsveiligheid');
		await setLang(xx, false);
		expect(lt({ fr: 'Sûreté', nl: 'Staatsveiligheid' })).toBe('Sûreté');
	});
});
