/**
 * Moodle's Aiken format → single-choice pack questions:
 *
 *     Which body assesses the terrorist threat?
 *     A. OCAM
 *     B) CTIF
 *     ANSWER: A
 *
 * Reference: https://docs.moodle.org/en/Aiken_format
 */
import {
	baseQuestion,
	optionId,
	text,
	type ImportOptions,
	type QuestionImport
} from './question-import';

const OPTION = /^([A-Z])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER:\s*([A-Z])\s*$/i;

interface Draft {
	line: number;
	prompt: string[];
	options: { letter: string; text: string }[];
}

/** Reads an Aiken file. Never throws: a question that cannot be read is listed in `skipped`. */
export function importAiken(input: string, options: ImportOptions): QuestionImport {
	const result: QuestionImport = { questions: [], topics: [], skipped: [] };
	let draft: Draft | null = null;
	const skip = (d: Draft) =>
		result.skipped.push({
			line: d.line,
			title: '',
			reason: d.options.length < 2 ? 'too-few-options' : 'syntax',
			detail: [...d.prompt, ...d.options.map((o) => `${o.letter}. ${o.text}`)]
				.join(' ')
				.slice(0, 80)
		});

	input
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.forEach((raw, index) => {
			const line = raw.trim();
			if (!line) return;
			const answer = ANSWER.exec(line);
			const option = OPTION.exec(line);
			if (answer) {
				if (!draft) return;
				const right = answer[1]!.toUpperCase();
				const d: Draft = draft;
				draft = null;
				if (d.options.length < 2 || !d.options.some((o) => o.letter === right)) return skip(d);
				const id = `${options.idPrefix ?? 'aiken'}-${result.questions.length + 1}`;
				result.questions.push({
					...baseQuestion(id, options.lang, d.prompt.join('\n'), options),
					kind: 'single',
					options: d.options.map((o, i) => ({
						id: optionId(i),
						text: text(options.lang, o.text),
						correct: o.letter === right
					}))
				});
			} else if (option && draft && draft.prompt.length > 0) {
				draft.options.push({ letter: option[1]!, text: option[2]!.trim() });
			} else if (draft && draft.options.length > 0) {
				// A new question began before the previous one gave its ANSWER line.
				skip(draft);
				draft = { line: index + 1, prompt: [line], options: [] };
			} else if (draft) {
				draft.prompt.push(line);
			} else {
				draft = { line: index + 1, prompt: [line], options: [] };
			}
		});
	if (draft) skip(draft);
	return result;
}

/** GIFT or Aiken? Aiken has `ANSWER:` lines and no `{…}` answer blocks. */
export function detectBankFormat(input: string): 'gift' | 'aiken' {
	return /^\s*ANSWER:\s*[A-Z]\s*$/im.test(input) && !/(^|[^\\])\{/.test(input) ? 'aiken' : 'gift';
}
