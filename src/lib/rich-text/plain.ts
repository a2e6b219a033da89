import { markdownExcess } from '$lib/packs/markdown-limits';

/**
 * The words of a Markdown text without its markup, for short listings (pack cards) where loading
 * the Markdown renderer and sanitiser would cost more than it shows.
 */
export function plainText(markdown: string): string {
	// The patterns below scan ahead from each bracket or marker: past the limits they could freeze.
	if (markdownExcess(markdown)) return markdown.replace(/\s+/g, ' ').trim();
	return markdown
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(\*|_)(.+?)\1/g, '$2')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/^\s{0,3}(?:[-*+]|\d+\.|>|#{1,6})\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Whether Markdown would render this text as one paragraph of the very same characters: no line
 * break, no character that can start markup, a link, an entity or raw HTML. Such a text is shown
 * as it is, without loading the renderer (a quiz prompt usually is one).
 */
export function isPlainText(markdown: string): boolean {
	return (
		!/[\n\r\\`*_[\]<>#|~&@]|https?:|www\./i.test(markdown) && !/^\s|^[-+=]|^\d+[.)]/.test(markdown)
	);
}
