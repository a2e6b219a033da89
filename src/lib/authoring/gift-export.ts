/**
 * Pack questions → GIFT, in one language, written the way Moodle's own GIFT writer does
 * (writequestion, repchar) so that Moodle, and Liaison's reader, read back the same questions.
 * The prompt and explanation are Markdown (`[markdown]`); options and feedback are plain text,
 * marked `[plain]` when Markdown would change them. What GIFT cannot hold is listed.
 */
import { percent } from './moodle-question';
import type { ImportLang, QuestionInput, TopicInput } from './question-import';

export interface ExportNote {
	questionId: string;
	reason: 'unsupported-kind' | 'unit-dropped' | 'invalid-grade' | 'not-expressible';
	detail: string;
}
export interface BankExport {
	text: string;
	notes: ExportNote[];
	count: number;
}

/** Moodle's repchar: escapes GIFT's control characters and writes new lines as `\n`. */
export const repchar = (text: string) =>
	text
		.replace(/\\/g, '\\\\')
		.replace(/[#=~{}:]/g, '\\$&')
		.replace(/\r/g, '')
		.replace(/\n/g, '\\n');

const MARKDOWN_SENSITIVE = /[\\`*_[\]<>&~|#]|^\s*([+-]|\d+[.)])(\s|$)|\n\s*([+-]|\d+[.)])(\s|$)/;
/** A plain part after a Markdown question: marked `[plain]` when Markdown would change it. */
const plain = (text: string) => (MARKDOWN_SENSITIVE.test(text) ? '[plain]' : '') + repchar(text);

const GRADES = [
	100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
	12.5, 11.11111, 10, 5, 0
];
const isGradePercent = (w: number) => GRADES.some((g) => Math.abs(Math.abs(w) - g) < 1e-3);

type Say = (reason: ExportNote['reason'], detail: string) => void;

/** The body of the answer block, or null when GIFT cannot express the question. */
function answers(q: QuestionInput, lang: ImportLang, say: Say): string[] | null {
	const t = (text: Record<string, string | undefined> | undefined) => text?.[lang] ?? '';
	const fb = (text: Record<string, string | undefined> | undefined) =>
		t(text) ? `#${plain(t(text))}` : '';
	switch (q.kind) {
		case 'single':
			return q.options.map(
				(o) =>
					// `~%0%` keeps a text that starts with `%` from reading as a weight.
					`${o.correct ? '=' : t(o.text).startsWith('%') ? '~%0%' : '~'}${plain(t(o.text))}${fb(o.feedback)}`
			);
		case 'multiple': {
			const weighted = q.options.some((o) => o.weight !== undefined);
			const right = q.options.filter((o) => o.correct).length;
			return q.options.map((o) => {
				// Liaison's unweighted scoring is Moodle's with right = 1/n and wrong = −1/n.
				const w = weighted ? (o.weight ?? 0) : percent((o.correct ? 1 : -1) / right);
				if (!isGradePercent(w)) say('invalid-grade', `${w}%`);
				return `~%${w}%${plain(t(o.text))}${fb(o.feedback)}`;
			});
		}
		case 'truefalse': {
			const right = t(q.answer ? q.feedbackTrue : q.feedbackFalse);
			const wrong = t(q.answer ? q.feedbackFalse : q.feedbackTrue);
			let out = q.answer ? 'TRUE' : 'FALSE';
			if (wrong) out += `#${plain(wrong)}`;
			else if (right) out += '#';
			if (right) out += `#${plain(right)}`;
			return [out];
		}
		case 'short':
			// `->` would read as a matching pair, and `*` is a wildcard in Moodle's short answers.
			if (q.accepted.some((a) => a.includes('->') || a.includes('*'))) return null;
			return q.accepted.map((a) => `=%100%${a.startsWith('[') ? '[plain]' : ''}${repchar(a)}`);
		case 'numeric':
			if (q.unit && t(q.unit)) say('unit-dropped', t(q.unit));
			return [`#${q.answer}:${q.tolerance ?? 0}`];
		case 'matching':
			if (q.pairs.some((p) => t(p.left).includes('->'))) return null;
			return q.pairs.map((p) => `=${plain(t(p.left))} -> ${repchar(t(p.right))}`);
		default:
			return null;
	}
}

/** A pack's questions as a GIFT file; topics become `$CATEGORY:` lines (the first topic of each). */
export function exportGift(
	questions: readonly QuestionInput[],
	topics: readonly TopicInput[],
	lang: ImportLang
): BankExport {
	const notes: ExportNote[] = [];
	const out: string[] = [];
	let category: string | undefined;
	let count = 0;
	for (const q of questions) {
		const say: Say = (reason, detail) => notes.push({ questionId: q.id, reason, detail });
		const body = answers(q, lang, say);
		if (!body) {
			say(q.kind === 'ordering' ? 'unsupported-kind' : 'not-expressible', q.kind);
			continue;
		}
		const topic = topics.find((t) => t.id === q.topics?.[0]);
		const label = topic ? (topic.label[lang] ?? topic.id) : '';
		if (label !== category) {
			out.push(`$CATEGORY: $course$/top/${label.replace(/\//g, '//')}`.replace(/\/$/, ''), '');
			category = label;
		}
		const explanation = q.explanation?.[lang] ?? '';
		// A leading `[` would read as a format marker: the format is then written out.
		const marker = explanation.startsWith('[') ? '[markdown]' : '';
		const general = explanation ? `\t####${marker}${repchar(explanation)}\n` : '';
		const name = `::${repchar(q.id)}::`;
		const prompt = `${name}[markdown]${repchar(q.prompt[lang] ?? '')}`;
		// Moodle writes a numerical answer on the opening line: `{#answer:tolerance`.
		const inner =
			q.kind === 'numeric' ? `${body[0]}\n` : `\n${body.map((b) => `\t${b}\n`).join('')}`;
		out.push(`${prompt}{${inner}${general}}`);
		out.push('');
		count++;
	}
	return { text: out.join('\n'), notes, count };
}
