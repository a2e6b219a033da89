import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/detect';
import { DEFAULT_LANG, type Lang } from '$lib/i18n/languages';

// French pages are unprefixed (`/play`), every other UI language's under its code (`/nl/play`): each
// language has its own prerendered page, so the first paint is in the reader's language
// (src/lib/i18n/paths.ts).
export const match = ((param: string): param is Exclude<Lang, typeof DEFAULT_LANG> =>
	param !== DEFAULT_LANG && isLang(param)) satisfies ParamMatcher;
