/**
 * The languages the interface speaks — not the languages of a pack's texts (a pack lists its own,
 * see `LANGUAGES` in the pack schema; `localize` picks a pack text for a UI language).
 * Adding a UI language is its files under `locales/<code>/` and one entry here; the picker,
 * detection, loading and `Intl` formats read this list.
 */
export interface UiLanguage {
	/** The code of `locales/<code>/`, `<html lang>` and the saved choice. */
	code: string;
	/** Its own name, as its readers look for it in the picker (never translated). */
	name: string;
	/** The `Intl` locale numbers, dates and sorting follow. */
	intl: string;
}

export const UI_LANGUAGES = [
	{ code: 'fr', name: 'Français', intl: 'fr-BE' },
	{ code: 'nl', name: 'Nederlands', intl: 'nl-BE' }
] as const satisfies readonly UiLanguage[];

/** A UI language. */
export type Lang = (typeof UI_LANGUAGES)[number]['code'];

export const DEFAULT_LANG: Lang = 'fr';
