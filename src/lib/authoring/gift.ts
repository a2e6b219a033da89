/**
 * Moodle GIFT question banks → pack questions. Every GIFT kind the pack format can hold is mapped
 * (multiple choice with or without weights, missing word, true/false, short answer, numerical,
 * matching) with its per-answer feedback; essays, descriptions and partial-credit alternatives
 * are listed in `skipped`. Reference: https://docs.moodle.org/en/GIFT_format
 */
import {
	indexUnescaped,
	parseItems,
	parseNumber,
	splitGeneralFeedback,
	splitUnescaped,
	unescapeGift,
	type GiftItem
} from './gift-answers';
import {
	baseQuestion,
	optionId,
	slug,
	text,
	type ImportOptions,
	type QuestionImport,
	type QuestionInput,
	type SkipReason
} from './question-import';

interface Block {
	line: number;
	source: string;
	category?: string;
}

/** Questions are separated by blank lines; `//` lines are comments; `$CATEGORY:` sets a topic. */
function blocks(input: string): Block[] {
	const found: Block[] = [];
	let current: Block | null = null;
	let category: string | undefined;
	input
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.forEach((raw, index) => {
			const line = raw.trimEnd();
			if (/^\s*\/\//.test(line)) return;
			const heading = /^\s*\$CATEGORY:\s*(.*)$/.exec(line);
			if (heading) {
				category = heading[1]!.split('/').at(-1)!.trim() || undefined;
				current = null;
				return;
			}
			if (line.trim() === '') {
				current = null;
				return;
			}
			if (!current) {
				current = { line: index + 1, source: line, category };
				found.push(current);
			} else current.source += `\n${line}`;
		});
	return found;
}

const stripHtml = (html: string) =>
	html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

class GiftReader {
	readonly result: QuestionImport = { questions: [], topics: [], skipped: [] };
	#count = 0;

	constructor(private readonly options: ImportOptions) {}

	read(block: Block): void {
		let source = block.source.trim();
		let title = '';
		const titled = /^::((?:\\.|[^:\\]|:(?!:))*)::/.exec(source);
		if (titled) {
			title = unescapeGift(titled[1]!);
			source = source.slice(titled[0].length).trim();
		}
		let html = false;
		const format = /^\[(html|moodle|plain|markdown)\]/i.exec(source);
		if (format) {
			html = format[1]!.toLowerCase() === 'html';
			source = source.slice(format[0].length);
		}
		const skip = (reason: SkipReason, detail: string, questionId?: string) =>
			this.result.skipped.push({
				line: block.line,
				title,
				reason,
				detail,
				...(questionId && { questionId })
			});

		const open = indexUnescaped(source, '{');
		if (open < 0) return void skip('description', excerpt(source));
		const close = indexUnescaped(source, '}', open);
		if (close < 0) return void skip('syntax', excerpt(source));

		const before = source.slice(0, open).trim();
		const after = source.slice(close + 1).trim();
		// The id the question gets if it can be imported; partial losses are listed under it.
		const id = `${this.options.idPrefix ?? 'gift'}-${this.#count + 1}`;
		// Text on both sides of the block is Moodle's "missing word" question.
		let prompt = unescapeGift(after ? `${before} ___ ${after}` : before);
		if (html) {
			const plain = stripHtml(prompt);
			if (plain !== prompt) skip('html-stripped', excerpt(prompt), id);
			prompt = plain;
		}
		const { body, general } = splitGeneralFeedback(source.slice(open + 1, close));
		const built = this.#question(id, prompt || title, body.trim(), (reason, detail) =>
			skip(reason, detail, id)
		);
		if ('reason' in built) return void skip(built.reason, excerpt(source));
		this.#count++;
		// General feedback (`####`) joins what the answers said, never replacing it.
		if (general) built.explanation = explanation(this.options.lang, [said(built), general]);
		if (block.category) built.topics = [this.#topic(block.category)];
		this.result.questions.push(built);
	}

	#topic(category: string): string {
		const id = slug(category);
		if (!this.result.topics.some((t) => t.id === id))
			this.result.topics.push({ id, label: text(this.options.lang, category) });
		return id;
	}

	#question(
		id: string,
		prompt: string,
		body: string,
		partial: (reason: SkipReason, detail: string) => void
	): QuestionInput | { reason: SkipReason } {
		const { lang } = this.options;
		const base = baseQuestion(id, lang, prompt, this.options);
		if (body === '') return { reason: 'essay' };
		if (body.startsWith('#')) return numeric(base, body.slice(1).trim(), lang, partial);
		const truth = /^(T|TRUE|F|FALSE)\s*(#[\s\S]*)?$/i.exec(body);
		if (truth) {
			const answer = truth[1]!.toUpperCase().startsWith('T');
			// GIFT: the first feedback is shown for a wrong answer, the second for a right one.
			const [wrong, right] = splitUnescaped(truth[2] ?? '', '#')
				.slice(1)
				.map((p) => unescapeGift(p.part));
			const question: QuestionInput = { ...base, kind: 'truefalse', answer };
			const onTrue = answer ? right : wrong;
			const onFalse = answer ? wrong : right;
			if (onTrue) question.feedbackTrue = text(lang, onTrue);
			if (onFalse) question.feedbackFalse = text(lang, onFalse);
			return question;
		}
		const items = parseItems(body);
		if (items.length === 0) return { reason: 'syntax' };
		if (items.every((i) => i.mark === '=') && items.some((i) => i.text.includes('->')))
			return matching(base, items, lang, partial);
		if (items.every((i) => i.mark === '=')) return short(base, items, lang, partial);
		return choice(base, items, lang);
	}
}

type Base = ReturnType<typeof baseQuestion>;
type Partial = (reason: SkipReason, detail: string) => void;
type Lang = ImportOptions['lang'];

/** The explanation written so far (in the bank's language). */
const said = (q: QuestionInput) => Object.values(q.explanation)[0] ?? '';

/**
 * Feedback the pack format has no place for (numbers, short answers, pairs) is shown with the
 * explanation, after any answer: the texts are joined, each once, in order.
 */
function explanation(lang: Lang, texts: (string | undefined)[]) {
	return text(lang, [...new Set(texts.filter((t): t is string => !!t))].join('\n\n'));
}

/** An answer left out takes its feedback with it: both are listed. */
function dropped(partial: Partial, reason: SkipReason, item: GiftItem) {
	partial(reason, item.text);
	if (item.feedback) partial('feedback-dropped', item.feedback);
}

function excerpt(source: string): string {
	const flat = source.replace(/\s+/g, ' ').trim();
	return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function numeric(
	base: Base,
	body: string,
	lang: Lang,
	partial: Partial
): QuestionInput | { reason: SkipReason } {
	const [value, ...feedback] = splitUnescaped(body, '#').map((p) => p.part);
	const single = parseNumber(value!);
	if (single) {
		const note = unescapeGift(feedback.join('#'));
		return { ...base, kind: 'numeric', ...single, explanation: explanation(lang, [note]) };
	}
	// Several answers: `=2017:0 =%50%2016:1`; the full-credit one is kept.
	const items = parseItems(body);
	const full = items.find((i) => i.weight === undefined || i.weight === 100);
	const best = full && parseNumber(full.text);
	if (!full || !best) return { reason: 'syntax' };
	for (const other of items)
		if (other !== full) dropped(partial, 'numeric-alternative-dropped', other);
	return { ...base, kind: 'numeric', ...best, explanation: explanation(lang, [full.feedback]) };
}

function short(base: Base, items: GiftItem[], lang: Lang, partial: Partial): QuestionInput {
	const accepted: string[] = [];
	const notes: string[] = [];
	for (const item of items) {
		if (item.weight !== undefined && item.weight < 100) {
			dropped(partial, 'partial-answer-dropped', item);
			continue;
		}
		if (item.text) accepted.push(item.text);
		if (item.feedback) notes.push(item.feedback);
	}
	return { ...base, kind: 'short', accepted, explanation: explanation(lang, notes) };
}

function matching(base: Base, items: GiftItem[], lang: Lang, partial: Partial) {
	const pairs = [];
	const notes: string[] = [];
	for (const item of items) {
		const arrow = item.text.indexOf('->');
		const left = item.text.slice(0, arrow).trim();
		const right = item.text.slice(arrow + 2).trim();
		if (arrow < 0 || !left) {
			dropped(partial, 'matching-distractor-dropped', { ...item, text: right || item.text });
			continue;
		}
		if (item.feedback) notes.push(item.feedback);
		pairs.push({ id: `p${pairs.length + 1}`, left: text(lang, left), right: text(lang, right) });
	}
	return {
		...base,
		kind: 'matching',
		pairs,
		explanation: explanation(lang, notes)
	} satisfies QuestionInput;
}

function choice(base: Base, items: GiftItem[], lang: Lang): QuestionInput | { reason: SkipReason } {
	if (items.length < 2) return { reason: 'too-few-options' };
	const weighted = items.some((i) => i.weight !== undefined);
	const options = items.map((item, i) => {
		const weight = item.mark === '=' ? 100 : (item.weight ?? 0);
		const option: {
			id: string;
			text: Record<string, string>;
			correct: boolean;
			weight?: number;
			feedback?: Record<string, string>;
		} = { id: optionId(i), text: text(lang, item.text), correct: weight > 0 };
		if (weighted) option.weight = weight;
		if (item.feedback) option.feedback = text(lang, item.feedback);
		return option;
	});
	const right = options.filter((o) => o.correct).length;
	const kind = weighted || right !== 1 ? 'multiple' : 'single';
	return { ...base, kind, options } as QuestionInput;
}

/** Reads a GIFT file. Never throws: what cannot be read is listed in `skipped`. */
export function importGift(input: string, options: ImportOptions): QuestionImport {
	const reader = new GiftReader(options);
	for (const block of blocks(input)) reader.read(block);
	return reader.result;
}
