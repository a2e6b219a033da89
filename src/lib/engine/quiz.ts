/** Scoring of a quiz session: every question weighs the same (QUESTION_MAX), unanswered scores 0. */
import type { Question } from '$lib/packs/schema';
import { parseQuestionAnswer, type QuestionAnswer } from './answers';
import { isMismatch, QUESTION_MAX, scoreQuestion, type QuestionScore } from './questions';
import { percentOf, round2 } from './score';

export const DEFAULT_PASS_MARK = 70;

export type CheckedAnswer =
	| { ok: true; answer: QuestionAnswer; score: QuestionScore }
	| { ok: false; error: 'invalid-answer' | 'wrong-kind' };

/** Checks an answer straight from the UI or storage, then scores it. Never throws. */
export function checkQuestionAnswer(question: Question, input: unknown): CheckedAnswer {
	const answer = parseQuestionAnswer(input);
	if (!answer) return { ok: false, error: 'invalid-answer' };
	const score = scoreQuestion(question, answer);
	return isMismatch(score) ? { ok: false, error: 'wrong-kind' } : { ok: true, answer, score };
}

export interface QuizTotals {
	points: number;
	max: number;
	/** Whole percent in [0, 100]; `passed` compares this displayed value with the pass mark. */
	percent: number;
	passMark: number;
	passed: boolean;
	correctCount: number;
}

/**
 * Totals of a quiz from each question's score, in question order; `null` for a question left
 * unanswered (it scores 0 but still weighs QUESTION_MAX). An empty quiz never passes.
 */
export function quizTotals(
	scores: readonly ({ points: number; correct: boolean } | null)[],
	passMark: number = DEFAULT_PASS_MARK
): QuizTotals {
	const points = round2(scores.reduce((sum, score) => sum + (score?.points ?? 0), 0));
	const max = scores.length * QUESTION_MAX;
	const percent = percentOf(points, max);
	return {
		points,
		max,
		percent,
		passMark,
		passed: max > 0 && percent >= passMark,
		correctCount: scores.filter((score) => score?.correct).length
	};
}
