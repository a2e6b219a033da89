/**
 * Moodle's Aiken format → single-choice pack questions, read as Moodle's reader reads it
 * (question/format/aiken/format.php, readquestions):
 *
 *     Which body assesses the terrorist threat?
 *     A. OCAM
 *     B) CTIF
 *     ANSWER: A
 *
 * A line that is neither an option (`A)` or `A.`, the space optional) nor `ANSWER:` starts a new
 * question; a question left without its ANSWER line, and an option or ANSWER line outside any
 * question, are listed by line. Aiken text is plain text: it is shown exactly as written.
 */
import { addQuestion } from './gift';
import { MoodleMapper, type MoodleQuestion } from './moodle-question';
import { excerptOf } from './moodle-text';
import type { ImportOptions, QuestionImport } from './question-import';

const OPTION = /^[A-Z][).][ \t]?/;
const plain = (text: string) => ({ text, format: 'plain' as const });

interface Open {
	line: number;
	text: string;
	answers: string[];
}

/** Reads an Aiken file. Never throws: what cannot be read is listed in `skipped`, by line. */
export function importAiken(input: string, options: ImportOptions): QuestionImport {
	const result: QuestionImport = { questions: [], topics: [], skipped: [] };
	const mapper = new MoodleMapper(options);
	let open: Open | null = null;
	const unfinished = (q: Open) =>
		result.skipped.push({ line: q.line, title: '', reason: 'syntax', detail: excerptOf(q.text) });
	// Moodle splits on LF, then each line again on CR: files with CR line endings read too.
	const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	lines.forEach((raw, index) => {
		const line = raw.trim();
		const number = index + 1;
		if (line.length < 2) return;
		const stray = () =>
			result.skipped.push({ line: number, title: '', reason: 'stray-line', detail: line });
		if (OPTION.test(line)) {
			if (!open) return stray();
			open.answers.push(line.slice(2).trim());
		} else if (line.startsWith('ANSWER:')) {
			if (!open) return stray();
			const q: Open = open;
			open = null;
			const letter = line.slice(line.indexOf(':') + 1).trim()[0] ?? '';
			const right = letter.charCodeAt(0) - 65;
			if (q.answers.length < 2) {
				result.skipped.push({
					line: q.line,
					title: '',
					reason: 'too-few-options',
					detail: excerptOf(q.text)
				});
				return;
			}
			const question: MoodleQuestion = {
				name: q.text.slice(0, 50),
				questiontext: plain(q.text),
				generalfeedback: plain(''),
				qtype: 'multichoice',
				single: true,
				answers: q.answers.map((a, i) => ({
					answer: plain(a),
					fraction: i === right ? 1 : 0,
					feedback: plain('')
				}))
			};
			const source = lines.slice(q.line - 1, index + 1).join('\n');
			addQuestion(result, mapper, options, question, q.line, undefined, 'aiken', source);
		} else {
			// Any other line starts a question; one still open is discarded, as in Moodle.
			if (open) unfinished(open);
			open = { line: number, text: line, answers: [] };
		}
	});
	if (open) unfinished(open);
	return result;
}
