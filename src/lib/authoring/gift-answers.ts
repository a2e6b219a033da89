/**
 * The answer block of a GIFT question (`{…}`), split into what it says. GIFT escapes its special
 * characters with a backslash: `\~ \= \# \{ \} \:`.
 */

/** One `=` or `~` item of an answer block. */
export interface GiftItem {
	/** `=` marks a right answer, `~` a wrong one (or one with a weight). */
	mark: '=' | '~';
	/** `%50%` → 50; undefined when no weight is written. */
	weight?: number;
	text: string;
	feedback?: string;
}

const SPECIAL = /\\([~=#{}:\\])/g;

export function unescapeGift(text: string): string {
	return text.replace(SPECIAL, '$1').replace(/\\n/g, '\n').trim();
}

/** Splits `text` at every unescaped occurrence of one of `chars`, keeping the separator. */
export function splitUnescaped(text: string, chars: string): { sep: string; part: string }[] {
	const parts: { sep: string; part: string }[] = [];
	let sep = '';
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\\') {
			i++;
			continue;
		}
		if (chars.includes(c)) {
			parts.push({ sep, part: text.slice(start, i) });
			sep = c;
			start = i + 1;
		}
	}
	parts.push({ sep, part: text.slice(start) });
	return parts;
}

/** Index of the first unescaped `needle` at or after `from`, or -1. */
export function indexUnescaped(text: string, needle: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text.startsWith(needle, i)) return i;
	}
	return -1;
}

/** Cuts the general feedback (`####…`) off the end of an answer block. */
export function splitGeneralFeedback(body: string): { body: string; general?: string } {
	const at = indexUnescaped(body, '####');
	if (at < 0) return { body };
	return { body: body.slice(0, at), general: unescapeGift(body.slice(at + 4)) };
}

function parseWeight(text: string): { weight?: number; rest: string } {
	const match = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(text);
	if (!match) return { rest: text };
	return { weight: Number(match[1]), rest: text.slice(match[0].length) };
}

/** `=right#fb ~wrong ~%50%half` → items, in order. Text before the first mark is ignored. */
export function parseItems(body: string): GiftItem[] {
	return splitUnescaped(body, '=~')
		.filter((p) => p.sep !== '')
		.map(({ sep, part }) => {
			const { weight, rest } = parseWeight(part);
			const [text, ...feedback] = splitUnescaped(rest, '#').map((p) => p.part);
			const item: GiftItem = { mark: sep as '=' | '~', text: unescapeGift(text ?? '') };
			if (weight !== undefined) item.weight = weight;
			const fb = unescapeGift(feedback.join('#'));
			if (fb) item.feedback = fb;
			return item;
		});
}

/** A numerical answer `3.14:0.01`, `1..5` or `42`, as value and tolerance. */
export function parseNumber(text: string): { answer: number; tolerance: number } | null {
	const clean = text.trim();
	const range = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/.exec(clean);
	if (range) {
		const [min, max] = [Number(range[1]), Number(range[2])];
		return { answer: (min + max) / 2, tolerance: Math.abs(max - min) / 2 };
	}
	const value = /^(-?\d+(?:\.\d+)?)(?:\s*:\s*(\d+(?:\.\d+)?))?$/.exec(clean);
	if (!value) return null;
	return { answer: Number(value[1]), tolerance: value[2] ? Number(value[2]) : 0 };
}
