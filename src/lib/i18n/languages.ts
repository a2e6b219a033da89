/**
 * The languages the interface speaks — not the languages of a pack's texts (a pack lists its own,
 * see `LANGUAGES` in the pack schema; `localize` picks a pack text for a UI language).
 * The entries are in ui-languages.js (plain data, which svelte.config.js reads too); this module types
 * them for the app. The picker, detection, loading, `Intl` formats, the first-paint script and the
 * prerendered pages read that one list.
 */
import { UI_LANGUAGES as ENTRIES } from './ui-languages.js';

export interface UiLanguage {
	/** The code of `locales/<code>/`, `<html lang>` and the saved choice. */
	code: string;
	/** Its own name, as its readers look for it in the picker (never translated). */
	name: string;
	/** The `Intl` locale numbers, dates and sorting follow. */
	intl: string;
}

export const UI_LANGUAGES = ENTRIES satisfies readonly UiLanguage[];

/** A UI language. */
export type Lang = (typeof UI_LANGUAGES)[number]['code'];

/** The first entry: its pages are unprefixed, and it is the language of last resort. */
export const DEFAULT_LANG: Lang = UI_LANGUAGES[0].code;
