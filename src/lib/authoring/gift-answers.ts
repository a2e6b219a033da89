/**
 * The lexical rules of Moodle's GIFT reader (question/format/gift/format.php): escapes, text
 * format markers and the answer block, followed step by step so that a file reads here as it
 * reads in Moodle.
 */
import type { MoodleFormat } from './moodle-text';
import type { MText } from './moodle-question';

// Escaped control characters become private-use placeholders before any splitting, as Moodle's
// escapedchar_pre does; `\\` is protected first, so `\\n` is a backslash then `n`, not a newline.
const HOLD: Record<string, string> = {
	':': '\ue000',
	'#': '\ue001',
	'=': '\ue002',
	'{': '\ue003',
	'}': '\ue004',
	'~': '\ue005',
	n: '\ue006'
};
const BACKSLASH = '\ue007';
const RELEASE: Record<string, string> = Object.fromEntries(
	Object.entries(HOLD).map(([c, p]) => [p, c === 'n' ? '\n' : c])
);

export function escapePre(text: string): string {
	return text
		.replace(/[\ue000-\ue007]/g, '')
		.replaceAll('\\\\', BACKSLASH)
		.replace(/\\([:#={}~n])/g, (_, c: string) => HOLD[c]!)
		.replaceAll(BACKSLASH, '\\');
}

export function escapePost(text: string): string {
	return text.replace(/[\ue000-\ue006]/g, (p) => RELEASE[p]!);
}

const FORMATS: readonly string[] = ['moodle', 'html', 'plain', 'markdown'];

/** Moodle's parse_text_with_format: an optional `[format]` marker, then the text, trimmed. */
export function withFormat(raw: string, fallback: MoodleFormat): MText {
	let text = raw.trim();
	let format = fallback;
	if (text.startsWith('[')) {
		const end = text.indexOf(']');
		const name = end < 0 ? '' : text.slice(1, end);
		if (FORMATS.includes(name)) {
			format = name as MoodleFormat;
			text = text.slice(end + 1);
		}
	}
	return { text: escapePost(text).trim(), format };
}

/** Moodle's commentparser: `answer#feedback`, each part with its own format marker. */
export function commentParser(answer: string, fallback: MoodleFormat): [MText, MText] {
	const hash = answer.indexOf('#');
	if (hash < 0) return [withFormat(answer, fallback), { text: '', format: fallback }];
	return [
		withFormat(answer.slice(0, hash), fallback),
		withFormat(answer.slice(hash + 1), fallback)
	];
}

const WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;

/** Moodle's answerweightparser: `%50%text` → 0.5 and `text`; null when no weight is written. */
export function weightOf(answer: string): { fraction: number; rest: string } | null {
	if (!WEIGHT.test(answer)) return null;
	const end = answer.indexOf('%', 1);
	return { fraction: Number(answer.slice(1, end)) / 100, rest: answer.slice(end + 1) };
}

/** PHP's explode, then Moodle's habit of dropping an empty first piece. */
export function pieces(text: string, sep: string): string[] {
	const parts = text.split(sep);
	parts[0] = parts[0]!.trim();
	if (parts[0] === '') parts.shift();
	return parts;
}

/** PHP's is_numeric, for Moodle's numerical answers. */
export const isNumeric = (s: string) =>
	/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) && Number.isFinite(Number(s));
