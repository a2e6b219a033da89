/**
 * Bounds on the Markdown of one text, checked in one linear pass before any parser sees it.
 * marked's inline lexer is quadratic in the number of emphasis/link markers (20,000 of them took
 * seconds) and recursive in block nesting (5,000 `>` overflow the stack): below these bounds a
 * 20,000-character text lexes in a few milliseconds, so the check and the render stay cheap.
 */
export const MARKDOWN_LIMITS = {
	/** `*`, `_`, `~`, backticks, `[` and `<` in one text: far above any real text (a link uses 2). */
	maxMarkers: 500,
	/** Quotes and list markers opened on one line (`> > - x` is 3). */
	maxNesting: 8,
	/** Leading spaces of a line (a tab counts 4): nested lists need 2 to 4 per level. */
	maxIndent: 40
} as const;

export type MarkdownExcess = 'markers' | 'nesting' | null;

const MARKERS = new Set(['*', '_', '~', '`', '[', '<']);

/** Which bound a text goes past, if any. Linear: one look at each character. */
export function markdownExcess(text: string): MarkdownExcess {
	const { maxMarkers, maxNesting, maxIndent } = MARKDOWN_LIMITS;
	let markers = 0;
	let lineStart = true;
	let indent = 0;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') {
			lineStart = true;
			indent = 0;
			depth = 0;
			continue;
		}
		if (MARKERS.has(c) && ++markers > maxMarkers) return 'markers';
		if (!lineStart) continue;
		if (c === ' ' || c === '\t') {
			indent += c === '\t' ? 4 : 1;
			if (indent > maxIndent) return 'nesting';
			continue;
		}
		const next = text[i + 1];
		const bullet = (c === '-' || c === '*' || c === '+') && (next === ' ' || next === '\t');
		const ordered = c >= '0' && c <= '9' ? orderedMarkerEnd(text, i) : -1;
		if (c === '>' || bullet || ordered > 0) {
			if (++depth > maxNesting) return 'nesting';
			if (ordered > 0) i = ordered - 1;
			indent = 0;
			continue;
		}
		lineStart = false;
	}
	return null;
}

/** `12. ` or `3) ` at `i`: the index after the marker, else -1. */
function orderedMarkerEnd(text: string, i: number): number {
	let j = i;
	while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
	const mark = text[j];
	const after = text[j + 1];
	return (mark === '.' || mark === ')') && (after === ' ' || after === '\t') ? j + 1 : -1;
}
