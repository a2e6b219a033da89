/**
 * Moodle GIFT question banks → pack questions, read as Moodle's own reader reads them
 * (question/format/gift/format.php, readquestion): the same question-type rules, escapes and
 * per-part format markers. `readGiftQuestion` gives Moodle's reading (tested against Moodle's
 * own expected results); `MoodleMapper` then makes it a Liaison question or lists what it cannot.
 */
import {
	commentParser,
	escapePost,
	escapePre,
	isNumeric,
	pieces,
	weightOf,
	withFormat
} from './gift-answers';
import { MoodleMapper, type MAnswer, type MNumber, type MoodleQuestion } from './moodle-question';
import { excerptOf } from './moodle-text';
import {
	slug,
	text,
	type ImportOptions,
	type QuestionImport,
	type SkipReason
} from './question-import';

export interface GiftBlock {
	/** 1-based line of the block's first line. */
	line: number;
	lines: string[];
}

/** Moodle's qformat_default::readquestions: questions are separated by blank lines. */
export function giftBlocks(input: string): GiftBlock[] {
	const found: GiftBlock[] = [];
	let current: GiftBlock | null = null;
	input
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.forEach((line, index) => {
			if (line.trim() === '') current = null;
			else if (current) current.lines.push(line);
			else found.push((current = { line: index + 1, lines: [line] }));
		});
	return found;
}

export type GiftReading =
	| { category: string }
	| { question: MoodleQuestion }
	| { error: SkipReason; name: string; detail: string }
	| null;

/** One block, read exactly as Moodle's readquestion reads it. */
export function readGiftQuestion(lines: string[]): GiftReading {
	const joined = lines
		.map((l) => (l.trim().startsWith('//') ? ' ' : l))
		.join('\n')
		.trim();
	if (joined === '') return null;
	let source = escapePre(joined);
	if (source.startsWith('$CATEGORY:')) return { category: escapePost(source.slice(10).trim()) };

	let name: string | false = false;
	if (source.startsWith('::')) {
		source = source.slice(2);
		const end = source.indexOf('::');
		if (end >= 0) {
			name = escapePost(source.slice(0, end)).trim();
			source = source.slice(end + 2).trim();
		}
	}
	const fail = (error: SkipReason) => ({
		error,
		name: name || '',
		detail: excerptOf(escapePost(source))
	});

	const start = source.indexOf('{');
	const finish = source.indexOf('}');
	const description = start < 0 && finish < 0;
	if (!description && (start < 0 || finish < start)) return fail('syntax');
	let answers = description ? '' : source.slice(start + 1, finish).trim();
	const prompt = description
		? source
		: source.endsWith('}')
			? source.slice(0, start) + source.slice(finish + 1)
			: source.slice(0, start) + '_____' + source.slice(finish + 1);

	let general = '';
	const gf = answers.lastIndexOf('####');
	if (gf >= 0) {
		general = answers.slice(gf + 4);
		answers = answers.slice(0, gf).trim();
	}
	const questiontext = withFormat(prompt, 'moodle');
	const format = questiontext.format;
	const common = {
		name: name || questiontext.text.slice(0, 80),
		questiontext,
		generalfeedback: withFormat(general, format)
	};
	const question = (q: MoodleQuestion) => ({ question: q });

	if (description) return question({ ...common, qtype: 'description' });
	if (answers === '') return question({ ...common, qtype: 'essay' });

	if (answers.startsWith('#')) {
		let body = answers.slice(1);
		let wrong = '';
		const tilde = body.indexOf('~');
		if (tilde >= 0) [body, wrong] = [body.slice(0, tilde), body.slice(tilde)];
		const list: MNumber[] = [];
		const parts = pieces(body, '=');
		if (parts.length === 0) return fail('syntax');
		for (const raw of parts) {
			const part = raw.trim();
			const weighted = weightOf(part);
			const [value, feedback] = commentParser(weighted?.rest ?? part, format);
			const v = value.text;
			let [ans, tol] = [v, '0'];
			if (v.indexOf('..') > 0) {
				const [min, max] = [
					v.slice(0, v.indexOf('..')).trim(),
					v.slice(v.indexOf('..') + 2).trim()
				];
				if (!isNumeric(min) || !isNumeric(max)) return fail('syntax');
				// Twelve digits: (3.141 + 3.142) / 2 is 3.1415, as PHP prints it, not 3.1414999999999997.
				const mid = Number(((Number(max) + Number(min)) / 2).toPrecision(12));
				[ans, tol] = [String(mid), String(Number((Number(max) - mid).toPrecision(12)))];
			} else if (v.indexOf(':') > 0) {
				[ans, tol] = [v.slice(0, v.indexOf(':')).trim(), v.slice(v.indexOf(':') + 1).trim()];
			}
			if (!(isNumeric(ans) || ans === '*') || !isNumeric(tol)) return fail('syntax');
			const fraction = weighted ? weighted.fraction : 1;
			list.push({ answer: ans.trim(), tolerance: Number(tol), fraction, feedback });
		}
		if (wrong) {
			const [, feedback] = commentParser(wrong, format);
			list.push({ answer: '*', tolerance: 0, fraction: 0, feedback });
		}
		return question({ ...common, qtype: 'numerical', answers: list, units: [] });
	}

	if (answers.includes('~')) {
		const list: MAnswer[] = pieces(answers.replaceAll('=', '~='), '~').map((raw) => {
			let part = raw.trim();
			let fraction = 0;
			if (part.startsWith('=')) [fraction, part] = [1, part.slice(1)];
			else {
				const weighted = weightOf(part);
				if (weighted) [fraction, part] = [weighted.fraction, weighted.rest];
			}
			const [answer, feedback] = commentParser(part, format);
			return { answer, fraction, feedback };
		});
		if (list.length < 2) return fail('too-few-options');
		return question({
			...common,
			qtype: 'multichoice',
			single: answers.includes('='),
			answers: list
		});
	}

	if (answers.includes('=') && answers.includes('->')) {
		const subquestions = [];
		const parts = pieces(answers, '=');
		if (parts.length < 2) return fail('too-few-options');
		for (const raw of parts) {
			const part = raw.trim();
			const arrow = part.indexOf('->');
			if (arrow < 0) return fail('syntax');
			subquestions.push({
				text: withFormat(part.slice(0, arrow), format),
				answer: escapePost(part.slice(arrow + 2)).trim()
			});
		}
		return question({ ...common, qtype: 'match', subquestions });
	}

	const hash = answers.indexOf('#');
	const check = hash > 0 ? answers.slice(0, hash).trim() : answers;
	if (['T', 'TRUE', 'F', 'FALSE'].includes(check)) {
		const [answer, ...rest] = answers.split('#');
		const wrong = withFormat(rest[0] ?? '', format);
		const right = withFormat(rest.slice(1).join('#'), format);
		const correct = ['T', 'TRUE'].includes(withFormat(answer!, format).text);
		return question({
			...common,
			qtype: 'truefalse',
			correct,
			feedbackTrue: correct ? right : wrong,
			feedbackFalse: correct ? wrong : right
		});
	}

	const list: MAnswer[] = [];
	for (const raw of pieces(answers, '=')) {
		const part = raw.trim();
		const weighted = weightOf(part);
		const [answer, feedback] = commentParser(weighted?.rest ?? part, format);
		list.push({ answer, fraction: weighted ? weighted.fraction : 1, feedback });
	}
	if (list.length === 0) return fail('too-few-options');
	return question({ ...common, qtype: 'shortanswer', answers: list });
}

/** Reads a GIFT file. Never throws: what cannot be read is listed in `skipped`, by line. */
export function importGift(input: string, options: ImportOptions): QuestionImport {
	const result: QuestionImport = { questions: [], topics: [], skipped: [] };
	const mapper = new MoodleMapper(options);
	let topic: string | undefined;
	for (const block of giftBlocks(input)) {
		const read = readGiftQuestion(block.lines);
		if (!read) continue;
		const where = { line: block.line };
		if ('category' in read) {
			// Moodle takes the whole block as the category's name: a question written right under
			// the `$CATEGORY:` line, without a blank line, would vanish. It is listed instead.
			const [name, ...rest] = read.category.split('\n');
			topic = addTopic(result, options, name!);
			if (rest.join('').trim())
				result.skipped.push({
					line: block.line + 1,
					title: '',
					reason: 'syntax',
					detail: excerptOf(rest.join('\n'))
				});
			continue;
		}
		if ('error' in read) {
			result.skipped.push({ ...where, title: read.name, reason: read.error, detail: read.detail });
			continue;
		}
		const source = block.lines.join('\n');
		addQuestion(result, mapper, options, read.question, block.line, topic, 'gift', source);
	}
	return result;
}

/** The category path each imported topic came from, to tell apart two categories of one name. */
const topicPaths = new WeakMap<QuestionImport, Map<string, string>>();

/**
 * `$course$/top/Plan R/Acteurs` → the topic `Acteurs` (Liaison's topics are flat). Two categories
 * with the same last name under different parents (`Chapitre 1/Exercices`, `Chapitre 2/Exercices`)
 * are not merged: the second is named by its whole path (`Chapitre 2 / Exercices`).
 */
export function addTopic(
	result: QuestionImport,
	options: ImportOptions,
	category: string
): string | undefined {
	// Moodle writes a `/` inside a category name as `//`.
	const parts = category
		.split(/(?<!\/)\/(?!\/)/)
		.map((p) => p.replace(/\/\//g, '/').trim())
		.filter((p) => p && p !== 'top' && !p.startsWith('$'));
	const leaf = parts.at(-1);
	if (!leaf) return undefined;
	const path = parts.join('/');
	let paths = topicPaths.get(result);
	if (!paths) topicPaths.set(result, (paths = new Map()));
	let label = leaf;
	let id = slug(label);
	if ((paths.get(id) ?? path) !== path) {
		label = parts.join(' / ');
		id = slug(label);
	}
	if (!paths.has(id)) paths.set(id, path);
	if (!result.topics.some((t) => t.id === id))
		result.topics.push({ id, label: text(options.lang, label) });
	return id;
}

/**
 * The line of a lost part: the first line of the question's source (`source`, starting at `line`)
 * holding the start of what was lost, else the question's first line (text that the file writes
 * differently, with entities or markup, is not found there).
 */
export function lineOfPart(source: string | undefined, line: number, detail: string): number {
	const needle = detail.split('\n')[0]!.trim().slice(0, 40);
	if (!source || needle.length < 2) return line;
	const at = source.indexOf(needle);
	return at < 0 ? line : line + (source.slice(0, at).match(/\n/g)?.length ?? 0);
}

/** Maps one Moodle question and files it, or its refusal, with every loss listed by its line. */
export function addQuestion(
	result: QuestionImport,
	mapper: MoodleMapper,
	options: ImportOptions,
	q: MoodleQuestion,
	line: number,
	topic: string | undefined,
	prefix: string,
	/** The question as written in the file, from `line` on: losses point at the part lost. */
	source?: string
): void {
	const id = `${options.idPrefix ?? prefix}-${result.questions.length + 1}`;
	const notes: { reason: SkipReason; detail: string }[] = [];
	const built = mapper.map(id, q, (reason, detail) => notes.push({ reason, detail }));
	const title = q.name;
	if ('reason' in built) {
		const detail = built.detail ?? excerptOf(q.questiontext.text);
		result.skipped.push({ line, title, reason: built.reason, detail });
		return;
	}
	if (topic) built.topics = [topic];
	result.questions.push(built);
	(result.lines ??= {})[id] = line;
	const said = new Set<string>();
	for (const n of notes) {
		const key = `${n.reason}\u0000${n.detail}`;
		if (!said.has(key))
			result.skipped.push({
				line: lineOfPart(source, line, n.detail),
				title,
				...n,
				questionId: id
			});
		said.add(key);
	}
}
