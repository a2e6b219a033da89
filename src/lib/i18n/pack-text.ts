import { collator } from './format';
import { stripInvisible } from '$lib/packs/invisible';
import { LANGUAGES } from '$lib/packs/languages';
import type { LocalizedText } from '$lib/packs/schema';
import type { Lang } from './languages';
import { oneOf } from './resources';

/**
 * The one rule for a pack text: in the UI language when the pack has it, else in the first pack
 * language that has one (a pack need not be in every UI language, nor a UI language in any pack);
 * without bidi or zero-width controls.
 */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
	if (!text) return '';
	const own = oneOf(LANGUAGES, lang) ? text[lang] : '';
	return stripInvisible(own || LANGUAGES.map((l) => text[l]).find(Boolean) || '');
}

/** Orders packs by their title as the learner reads it: in the UI language, with its collation. */
export function byTitle(
	lang: Lang
): (a: { title: LocalizedText }, b: { title: LocalizedText }) => number {
	const order = collator(lang);
	return (a, b) => order.compare(localize(a.title, lang), localize(b.title, lang));
}
