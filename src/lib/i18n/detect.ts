export const LANGS = ['fr', 'nl'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The first language: the learner's saved choice, else the first browser language that is Dutch or
 * French (nl-BE → nl, fr-BE → fr), else French.
 */
export function detectLang(saved: string | null | undefined, browser: readonly string[]): Lang {
	if (isLang(saved)) return saved;
	for (const tag of browser) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return DEFAULT_LANG;
}
