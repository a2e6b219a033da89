import { DEFAULT_LANG, UI_LANGUAGES, type Lang, type UiLanguage } from './languages';

export function isLang(value: unknown): value is Lang {
	return (UI_LANGUAGES as readonly UiLanguage[]).some((l) => l.code === value);
}

/**
 * The first language: the learner's saved choice, else the first browser language the interface
 * speaks (nl-BE → nl, fr-BE → fr), else the default.
 */
export function detectLang(saved: string | null | undefined, browser: readonly string[]): Lang {
	if (isLang(saved)) return saved;
	for (const tag of browser) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return DEFAULT_LANG;
}
