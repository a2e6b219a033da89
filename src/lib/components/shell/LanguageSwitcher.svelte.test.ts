import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goto } from '$app/navigation';
import { setLang } from '$lib/i18n/index.svelte';
import LanguageSwitcher from './LanguageSwitcher.svelte';

// The address change is SvelteKit's (checked end to end in tests/e2e/language.spec.ts).
vi.mock('$app/navigation', () => ({ goto: vi.fn() }));

describe('LanguageSwitcher', () => {
	afterEach(() => {
		vi.mocked(goto).mockClear();
		return setLang('fr', false);
	});

	it('offers both languages by their own names, the current one pressed', () => {
		render(LanguageSwitcher);
		expect(screen.getByRole('group', { name: 'Langue' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Français' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
	});

	it('switches at once, sets <html lang> and remembers the choice', async () => {
		render(LanguageSwitcher);
		await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
		// The Dutch strings load first: longer than findBy's default second on a loaded machine.
		expect(
			await screen.findByRole('group', { name: 'Taal' }, { timeout: 10_000 })
		).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(document.documentElement.lang).toBe('nl');
		expect(localStorage.getItem('liaison.lang')).toBe('nl');
		// The same screen in Dutch, in place of the French one (Back does not switch back).
		expect(goto).toHaveBeenCalledWith('/nl', expect.objectContaining({ replaceState: true }));
	});

	it('can be used with the keyboard', async () => {
		render(LanguageSwitcher);
		const user = userEvent.setup();
		await user.tab();
		await user.tab();
		expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveFocus();
		await user.keyboard('{Enter}');
		// The switch waits for the Dutch strings to load.
		await waitFor(() => expect(document.documentElement.lang).toBe('nl'), { timeout: 10_000 });
	});
});
