/**
 * Proof, at compile time, that `t()` refuses a key missing from locales/fr: `npm run check` fails
 * on an unused `@ts-expect-error`, so each marked line must stay an error. Never imported or run.
 */
import { t } from './index.svelte';

export function keysThatMustNotCompile(mode: 'practice' | 'nope', free: string): string[] {
	return [
		// Literal keys and namespaced keys that exist compile…
		t('shell.skip'),
		t('quiz:loading'),
		t('home_page.minutes', { count: 2 }),
		// @ts-expect-error a key that is in no locale file
		t('shell.skipp'),
		// @ts-expect-error a key of another namespace without its prefix
		t('loading'),
		// @ts-expect-error a group, not a string
		t('shell'),
		// @ts-expect-error a common group renamed so it no longer reads like a namespace
		t('quiz.title'),
		// @ts-expect-error a template key whose values are not all keys
		t(`quiz:mode_${mode}`),
		// @ts-expect-error a template key built from any string
		t(`quiz:mode_${free}`)
	];
}
