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

export interface QuizQuestionResult {
	questionId: string;
	/** unanswered: no answer given · invalid: malformed or for another kind (scores 0). */
	status: 'answered' | 'unanswered' | 'invalid';
	points: number;
	max: number;
	correct: boolean;
	score: QuestionScore | null;
}

export interface QuizResult {
	points: number;
	max: number;
	/** Whole percent in [0, 100]; `passed` compares this displayed value with the pass mark. */
	percent: number;
	passMark: number;
	passed: boolean;
	correctCount: number;
	results: QuizQuestionResult[];
}

/**
 * Scores a quiz session. `answers` maps question ids to what the learner submitted (anything:
 * it is checked); a question without an answer scores 0.
 */
export function scoreQuiz(
	questions: readonly Question[],
	answers: Readonly<Record<string, unknown>>,
	passMark: number = DEFAULT_PASS_MARK
): QuizResult {
	const results = questions.map((question): QuizQuestionResult => {
		const given = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
		const base = { questionId: question.id, points: 0, max: QUESTION_MAX, correct: false };
		if (given === undefined || given === null)
			return { ...base, status: 'unanswered', score: null };
		const checked = checkQuestionAnswer(question, given);
		if (!checked.ok) return { ...base, status: 'invalid', score: null };
		const { score } = checked;
		return { ...base, status: 'answered', points: score.points, correct: score.correct, score };
	});
	const points = round2(results.reduce((sum, r) => sum + r.points, 0));
	const max = round2(results.reduce((sum, r) => sum + r.max, 0));
	const percent = percentOf(points, max);
	return {
		points,
		max,
		percent,
		passMark,
		passed: max > 0 && percent >= passMark,
		correctCount: results.filter((r) => r.correct).length,
		results
	};
}
