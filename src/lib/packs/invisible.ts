/**
 * Bidirectional and zero-width control characters: invisible, they can reorder or disguise a title
 * (an imported pack made to read like a built-in one). Neither French nor Dutch needs them.
 */
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function stripInvisible(text: string): string {
	return text.replace(CONTROLS, '');
}
