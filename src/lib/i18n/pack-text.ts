import { stripInvisible } from '$lib/packs/invisible';
import type { LocalizedText } from '$lib/packs/schema';
import type { Lang } from './detect';

/**
 * The pack text in the learner's language (a valid pack has every language, this is a safety net),
 * without bidi or zero-width controls.
 */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
	if (!text) return '';
	return stripInvisible(text[lang] || text.fr || text.nl || '');
}
