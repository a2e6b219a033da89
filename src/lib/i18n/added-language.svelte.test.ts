/**
 * Adding a UI language is its locale files and one registry entry: with a made-up entry (and no
 * files), the app already offers it, detects it, formats in its locale, shows pack texts by the
 * one fallback rule, prerenders its pages and sends its readers there before the first paint.
 * The locale files side is checked in tests/unit/locales.test.ts.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createHash } from 'node:crypto';
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goto } from '$app/navigation';
import { handle } from '../../hooks.server';
import appHtml from '../../app.html?raw';
import config from '../../../svelte.config.js';
import { runFirstPaint } from '../../../tests/factories/first-paint';
import LanguageSwitcher from '$lib/components/shell/LanguageSwitcher.svelte';
import LanguagePanel from '$lib/components/settings/LanguagePanel.svelte';
import { detectLang } from './detect';
import { formatNumber } from './format';
import { locale, lt, setLang } from './index.svelte';
import type { Lang } from './languages';
import { localize } from './pack-text';

// Choosing a language moves to its page; jsdom has no router.
vi.mock('$app/navigation', () => ({ goto: vi.fn() }));

// The one entry, in the registry's data file that the app and svelte.config.js both read.
vi.mock('./ui-languages.js', async (importOriginal) => {
	const real = await importOriginal<typeof import('./ui-languages.js')>();
	return {
		...real,
		UI_LANGUAGES: [...real.UI_LANGUAGES, { code: 'xx', name: 'Xxisch', intl: 'de-DE' }]
	};
});

/** The page the server hook writes at `path` from src/app.html, as the prerendering does. */
async function pageAt(path: string): Promise<string> {
	const response = await handle({
		event: { url: new URL(path, 'https://liaison.test') } as RequestEvent,
		resolve: async (_, options?: ResolveOptions) =>
			new Response(await options!.transformPageChunk!({ html: appHtml, done: true }))
	});
	return response.text();
}

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

	it('has its pages prerendered, sent to its readers by a first-paint script the CSP allows', async () => {
		const entries = config.kit?.prerender?.entries;
		expect(entries).toEqual(expect.arrayContaining(['/xx', '/xx/play', '/xx/settings']));
		expect(entries).toEqual(expect.arrayContaining(['/nl', '/nl/play', '/nl/settings']));

		const french = await pageAt('/play');
		const script = /<script>(.*?)<\/script>/s.exec(french)?.[1] ?? '';
		const hash = createHash('sha256').update(script).digest('base64');
		expect(config.kit?.csp?.directives?.['script-src']).toContain(`sha256-${hash}`);
		expect(runFirstPaint(script, '/play?pack=p', 'fr', { browser: ['xx-YY'] })).toEqual({
			replaced: '/xx/play?pack=p',
			lang: 'xx',
			hidden: true
		});

		const own = await pageAt('/xx/play');
		expect(own).toContain('<html lang="xx">');
		expect(own).toContain(script);
		expect(runFirstPaint(script, '/xx/play', 'xx', { saved: 'xx' }).replaced).toBeNull();
		expect(runFirstPaint(script, '/xx/play', 'xx', { saved: 'nl' }).replaced).toBe('/nl/play');
		expect(runFirstPaint(script, '/xx', 'xx', { browser: ['fr-BE'] }).replaced).toBe('/');
	});
});
