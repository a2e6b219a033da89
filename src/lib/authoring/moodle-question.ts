/**
 * A question as Moodle reads it (the GIFT and XML readers both produce this), then mapped to a
 * Liaison question. The mapping never changes meaning silently: what Liaison cannot hold is
 * either listed as a dropped or changed part, or the whole question is refused.
 *
 * Single choice and partial credit: Liaison's single-choice questions are scored right or wrong
 * (pack schema: `weight` is for multiple-answer questions only). A Moodle single-choice question
 * that gives partial credit (`{=right ~%50%half ~wrong}`) is refused with that reason rather than
 * turned into a multi-select question, which would score differently.
 */
import {
	toMarkdown,
	toPlain,
	type Converted,
	type ImageResolver,
	type MoodleFormat
} from './moodle-text';
import {
	baseQuestion,
	optionId,
	type ImportOptions,
	type QuestionInput,
	type SkipReason
} from './question-import';

export interface MText {
	text: string;
	format: MoodleFormat;
}
export interface MAnswer {
	answer: MText;
	fraction: number;
	feedback: MText;
}
export interface MNumber {
	/** A number, or `*` for Moodle's catch-all answer. */
	answer: string;
	tolerance: number;
	fraction: number;
	feedback: MText;
}

interface Common {
	name: string;
	questiontext: MText;
	generalfeedback: MText;
	/** Moodle XML only: hints shown between tries, which Liaison has no place for. */
	hints?: MText[];
	/** Moodle XML only: feedback for a right, partly right or wrong response as a whole. */
	overall?: MText[];
}
export type MoodleQuestion = Common &
	(
		| { qtype: 'description' | 'essay' }
		| { qtype: 'multichoice'; single: boolean; answers: MAnswer[] }
		| { qtype: 'truefalse'; correct: boolean; feedbackTrue: MText; feedbackFalse: MText }
		| { qtype: 'shortanswer'; answers: MAnswer[]; caseSensitive?: boolean }
		| { qtype: 'numerical'; answers: MNumber[]; units: string[] }
		| { qtype: 'match'; subquestions: { text: MText; answer: string }[] }
		| { qtype: 'ordering'; items: MText[] }
		| { qtype: 'other'; original: string }
	);

/** Moodle's grades (question_bank::fraction_options_full): any other weight is refused by Moodle. */
const GRADES = [
	1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
	0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0
];
export const isGrade = (f: number) => GRADES.some((g) => Math.abs(Math.abs(f) - g) < 1e-5);

export type Note = (reason: SkipReason, detail: string) => void;
type Refusal = { reason: SkipReason; detail?: string };

/** A number as Moodle's numerical question takes one: `-1.234`, `3e8` (not `3,14`, `0x10`, ``). */
const isNumber = (text: string) => /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim());

/** Percent with at most five decimals, as Moodle writes them (33.33333). */
export const percent = (fraction: number) => Math.round(fraction * 1e7) / 1e5;

export class MoodleMapper {
	constructor(
		private readonly options: ImportOptions,
		private readonly images?: ImageResolver
	) {}

	#md(part: MText, note: Note): string {
		return this.#keep(toMarkdown(part.text, part.format, this.images), note);
	}
	#plain(part: MText, note: Note): string {
		return this.#keep(toPlain(part.text, part.format), note);
	}
	#keep(c: Converted, note: Note): string {
		for (const n of c.notes) note(n.reason, n.detail);
		return c.text;
	}
	#t(value: string) {
		return { [this.options.lang]: value };
	}

	/** The Liaison question, or why it is refused. Losses are reported through `note`. */
	map(id: string, q: MoodleQuestion, note: Note): QuestionInput | Refusal {
		if (q.qtype === 'description' || q.qtype === 'essay') return { reason: q.qtype };
		if (q.qtype === 'other') return { reason: 'unsupported-kind', detail: q.original };
		const prompt = this.#md(q.questiontext, note) || q.name;
		const base = baseQuestion(id, this.options.lang, prompt, this.options);
		const general = this.#md(q.generalfeedback, note);
		const said: string[] = [];
		const built = this.#kind(q, base, note, said);
		if ('reason' in built) return built;
		const explanation = [...new Set([...said, general].filter(Boolean))].join('\n\n');
		built.explanation = this.#t(explanation);
		for (const hint of q.hints ?? []) if (hint.text) note('hint-dropped', hint.text);
		for (const fb of q.overall ?? []) if (fb.text) note('overall-feedback-dropped', fb.text);
		return built;
	}

	#kind(
		q: MoodleQuestion,
		base: ReturnType<typeof baseQuestion>,
		note: Note,
		said: string[]
	): QuestionInput | Refusal {
		const moved = (fb: MText) => {
			const text = this.#md(fb, note);
			if (text) {
				said.push(text);
				note('feedback-moved', text);
			}
		};
		switch (q.qtype) {
			case 'truefalse': {
				const question: QuestionInput = { ...base, kind: 'truefalse', answer: q.correct };
				const onTrue = this.#plain(q.feedbackTrue, note);
				const onFalse = this.#plain(q.feedbackFalse, note);
				if (onTrue) question.feedbackTrue = this.#t(onTrue);
				if (onFalse) question.feedbackFalse = this.#t(onFalse);
				return question;
			}
			case 'multichoice':
				return this.#choice(q.single, q.answers, base, note);
			case 'shortanswer': {
				const bad = q.answers.find((a) => !isGrade(a.fraction));
				if (bad) return { reason: 'invalid-grade', detail: `${percent(bad.fraction)}%` };
				const accepted: string[] = [];
				for (const a of q.answers) {
					const text = this.#plain(a.answer, note);
					if (a.fraction < 1) {
						// A 0 % answer is wrong in Liaison as in Moodle: only its feedback is lost. One
						// worth some credit (Moodle's `*` catch-all included) loses that credit too.
						if (a.fraction !== 0) note('partial-answer-dropped', text);
						if (a.feedback.text) note('feedback-dropped', a.feedback.text);
						continue;
					}
					if (text.includes('*')) {
						note('wildcard-dropped', text);
						continue;
					}
					accepted.push(text);
					moved(a.feedback);
				}
				if (accepted.length === 0) return { reason: 'no-right-answer' };
				// Liaison compares short answers without case, accents or punctuation.
				if (q.caseSensitive) note('case-ignored', accepted.join(', '));
				return { ...base, kind: 'short', accepted };
			}
			case 'numerical': {
				const bad = q.answers.find((a) => !isGrade(a.fraction));
				if (bad) return { reason: 'invalid-grade', detail: `${percent(bad.fraction)}%` };
				const full = q.answers.find((a) => a.fraction === 1 && a.answer !== '*');
				if (!full) return { reason: 'no-right-answer' };
				// Moodle refuses a numerical answer that is not a number ("3,14", "zero").
				const notNumber = q.answers.find((a) => a.answer !== '*' && !isNumber(a.answer));
				if (notNumber) return { reason: 'syntax', detail: notNumber.answer };
				for (const a of q.answers) {
					if (a === full) continue;
					// As for short answers: a 0 % answer is wrong in both, only its feedback is lost.
					if (a.fraction !== 0) note('numeric-alternative-dropped', `${a.answer}:${a.tolerance}`);
					if (a.feedback.text) note('feedback-dropped', a.feedback.text);
				}
				for (const unit of q.units) note('unit-dropped', unit);
				moved(full.feedback);
				return {
					...base,
					kind: 'numeric',
					answer: Number(full.answer),
					tolerance: Number.isFinite(full.tolerance) ? Math.abs(full.tolerance) : 0
				};
			}
			case 'match': {
				const pairs = [];
				for (const sub of q.subquestions) {
					const left = this.#plain(sub.text, note);
					if (!left) {
						note('matching-distractor-dropped', sub.answer);
						continue;
					}
					pairs.push({
						id: `p${pairs.length + 1}`,
						left: this.#t(left),
						right: this.#t(sub.answer)
					});
				}
				if (pairs.length < 2) return { reason: 'too-few-options' };
				return { ...base, kind: 'matching', pairs };
			}
			case 'ordering': {
				if (q.items.length < 2) return { reason: 'too-few-options' };
				const items = q.items.map((item, i) => ({
					id: optionId(i),
					text: this.#t(this.#plain(item, note))
				}));
				return { ...base, kind: 'ordering', items };
			}
			default:
				return { reason: 'unsupported-kind', detail: q.qtype };
		}
	}

	#choice(
		single: boolean,
		answers: MAnswer[],
		base: ReturnType<typeof baseQuestion>,
		note: Note
	): QuestionInput | Refusal {
		if (answers.length < 2) return { reason: 'too-few-options' };
		const bad = answers.find((a) => !isGrade(a.fraction));
		if (bad) return { reason: 'invalid-grade', detail: `${percent(bad.fraction)}%` };
		const options = answers.map((a, i) => {
			const option: {
				id: string;
				text: Record<string, string>;
				correct: boolean;
				weight?: number;
				feedback?: Record<string, string>;
			} = { id: optionId(i), text: this.#t(this.#plain(a.answer, note)), correct: a.fraction > 0 };
			const feedback = this.#plain(a.feedback, note);
			if (feedback) option.feedback = this.#t(feedback);
			return option;
		});
		if (single) {
			const partial = answers.find((a) => a.fraction !== 0 && a.fraction !== 1);
			if (partial)
				return {
					reason: 'single-partial-credit',
					detail: `${percent(partial.fraction)}% ${partial.answer.text}`
				};
			const right = answers.filter((a) => a.fraction === 1).length;
			if (right === 0) return { reason: 'no-right-answer' };
			if (right > 1) return { reason: 'single-several-right' };
			return { ...base, kind: 'single', options };
		}
		// Moodle refuses a multiple-answer question whose positive weights do not add up to 100 %.
		const positive = answers.filter((a) => a.fraction > 0);
		const sum = positive.reduce((s, a) => s + a.fraction, 0);
		if (Math.abs(sum - 1) > 0.01) return { reason: 'no-right-answer', detail: `${percent(sum)}%` };
		// Right = 1/n and wrong = −1/n is exactly Liaison's unweighted scoring: no weights needed.
		const n = positive.length;
		const plain = answers.every((a) =>
			a.fraction > 0 ? Math.abs(a.fraction - 1 / n) < 1e-5 : Math.abs(a.fraction + 1 / n) < 1e-5
		);
		if (!plain) options.forEach((o, i) => (o.weight = percent(answers[i]!.fraction)));
		return { ...base, kind: 'multiple', options };
	}
}
