/**
 * Scoring of quiz questions. Every question is worth QUESTION_MAX point so that a quiz weighs its
 * questions equally whatever their kind; partial credit is a fraction of it, to two decimals.
 */
import type {
	MatchingQuestion,
	MultipleQuestion,
	NumericQuestion,
	OrderingQuestion,
	Question,
	ShortQuestion,
	SingleQuestion,
	TrueFalseQuestion
} from '$lib/packs/schema';
import type {
	MatchingAnswer,
	MultipleAnswer,
	NumericAnswer,
	OrderingAnswer,
	QuestionAnswer,
	ShortAnswer,
	SingleAnswer,
	TrueFalseAnswer
} from './answers';
import { scoreOrder, type OrderingOutcome } from './ordering';
import { clamp, makeScore, type Score } from './score';
import { matchAccepted, normaliseText } from './normalise';

export const QUESTION_MAX = 1;
/** Absorbs float noise in numeric answers (0.1 + 0.2 against 0.3 with tolerance 0). */
const NUMERIC_EPSILON = 1e-9;

/** An option of a single/multiple question as the learner's answer left it. */
export interface OptionDetail {
	id: string;
	selected: boolean;
	correct: boolean;
	/** hit: right and picked · missed: right, not picked · extra: wrong, picked · avoided. */
	outcome: 'hit' | 'missed' | 'extra' | 'avoided';
	/** GIFT weight in percent (multiple only, when the author set weights). */
	weight: number | null;
}

export type QuestionDetail =
	| { kind: 'single'; options: OptionDetail[]; selected: string | null; correctIds: string[] }
	| { kind: 'multiple'; options: OptionDetail[]; weighted: boolean; ignored: string[] }
	| { kind: 'truefalse'; given: boolean; expected: boolean }
	| {
			kind: 'matching';
			pairs: { id: string; given: string | null; correct: boolean }[];
			matched: number;
	  }
	| ({ kind: 'ordering' } & OrderingOutcome)
	| { kind: 'short'; given: string; normalised: string; matched: string | null; accepted: string[] }
	| { kind: 'numeric'; given: number; expected: number; tolerance: number; difference: number };

export type QuestionScore = Score<QuestionDetail>;

/** Why a question could not be scored: the answer is for another kind of question. */
export interface KindMismatch {
	mismatch: true;
	expected: Question['kind'];
	got: QuestionAnswer['kind'];
}

function optionDetails(
	options: readonly { id: string; correct: boolean; weight?: number }[],
	picked: ReadonlySet<string>,
	weighted: boolean
): OptionDetail[] {
	return options.map((o) => {
		const selected = picked.has(o.id);
		const outcome = o.correct ? (selected ? 'hit' : 'missed') : selected ? 'extra' : 'avoided';
		return {
			id: o.id,
			selected,
			correct: o.correct,
			outcome,
			weight: weighted ? (o.weight ?? 0) : null
		};
	});
}

function scoreSingle(q: SingleQuestion, a: SingleAnswer): QuestionScore {
	const picked = new Set([a.optionId]);
	const options = optionDetails(q.options, picked, false);
	const hit = options.some((o) => o.outcome === 'hit');
	const correctIds = q.options.filter((o) => o.correct).map((o) => o.id);
	const known = q.options.some((o) => o.id === a.optionId);
	return makeScore(hit ? QUESTION_MAX : 0, QUESTION_MAX, {
		kind: 'single',
		options,
		selected: known ? a.optionId : null,
		correctIds
	});
}

function scoreMultiple(q: MultipleQuestion, a: MultipleAnswer): QuestionScore {
	const ids = new Set(q.options.map((o) => o.id));
	const picked = new Set(a.optionIds.filter((id) => ids.has(id)));
	const ignored = a.optionIds.filter((id) => !ids.has(id));
	const weighted = q.options.some((o) => o.weight !== undefined);
	const options = optionDetails(q.options, picked, weighted);
	let share: number;
	if (weighted) {
		// GIFT: each picked option adds its weight (percent of the question), negatives included.
		share = options.reduce((sum, o) => sum + (o.selected ? (o.weight ?? 0) : 0), 0) / 100;
	} else {
		const right = options.filter((o) => o.outcome === 'hit').length;
		const wrong = options.filter((o) => o.outcome === 'extra').length;
		const correctCount = options.filter((o) => o.correct).length;
		share = correctCount === 0 ? 0 : (right - wrong) / correctCount;
	}
	return makeScore(clamp(share, 0, 1) * QUESTION_MAX, QUESTION_MAX, {
		kind: 'multiple',
		options,
		weighted,
		ignored
	});
}

function scoreTrueFalse(q: TrueFalseQuestion, a: TrueFalseAnswer): QuestionScore {
	const points = a.value === q.answer ? QUESTION_MAX : 0;
	return makeScore(points, QUESTION_MAX, { kind: 'truefalse', given: a.value, expected: q.answer });
}

function scoreMatching(q: MatchingQuestion, a: MatchingAnswer): QuestionScore {
	const pairs = q.pairs.map((p) => {
		const given = Object.hasOwn(a.pairs, p.id) ? a.pairs[p.id]! : null;
		return { id: p.id, given, correct: given === p.id };
	});
	const matched = pairs.filter((p) => p.correct).length;
	return makeScore((matched / q.pairs.length) * QUESTION_MAX, QUESTION_MAX, {
		kind: 'matching',
		pairs,
		matched
	});
}

function scoreOrdering(q: OrderingQuestion, a: OrderingAnswer): QuestionScore {
	const outcome = scoreOrder(
		q.items.map((i) => i.id),
		a.order
	);
	return makeScore(outcome.credit * QUESTION_MAX, QUESTION_MAX, { kind: 'ordering', ...outcome });
}

function scoreShort(q: ShortQuestion, a: ShortAnswer): QuestionScore {
	const matched = matchAccepted(a.text, q.accepted);
	return makeScore(matched === null ? 0 : QUESTION_MAX, QUESTION_MAX, {
		kind: 'short',
		given: a.text,
		normalised: normaliseText(a.text),
		matched,
		accepted: [...q.accepted]
	});
}

function scoreNumeric(q: NumericQuestion, a: NumericAnswer): QuestionScore {
	const difference = Math.abs(a.value - q.answer);
	const ok = difference <= q.tolerance + NUMERIC_EPSILON;
	return makeScore(ok ? QUESTION_MAX : 0, QUESTION_MAX, {
		kind: 'numeric',
		given: a.value,
		expected: q.answer,
		tolerance: q.tolerance,
		difference
	});
}

/** Scores `answer` against `question`; a KindMismatch when the answer is for another kind. */
export function scoreQuestion(
	question: Question,
	answer: QuestionAnswer
): QuestionScore | KindMismatch {
	const mismatch: KindMismatch = { mismatch: true, expected: question.kind, got: answer.kind };
	switch (question.kind) {
		case 'single':
			return answer.kind === 'single' ? scoreSingle(question, answer) : mismatch;
		case 'multiple':
			return answer.kind === 'multiple' ? scoreMultiple(question, answer) : mismatch;
		case 'truefalse':
			return answer.kind === 'truefalse' ? scoreTrueFalse(question, answer) : mismatch;
		case 'matching':
			return answer.kind === 'matching' ? scoreMatching(question, answer) : mismatch;
		case 'ordering':
			return answer.kind === 'ordering' ? scoreOrdering(question, answer) : mismatch;
		case 'short':
			return answer.kind === 'short' ? scoreShort(question, answer) : mismatch;
		case 'numeric':
			return answer.kind === 'numeric' ? scoreNumeric(question, answer) : mismatch;
		default:
			return assertNever(question);
	}
}

export function isMismatch<T extends object>(value: T | KindMismatch): value is KindMismatch {
	return 'mismatch' in value;
}

export function assertNever(value: never): never {
	throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
