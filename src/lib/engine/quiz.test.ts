import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '$lib/packs/schema';
import { makeQuestions } from '../../../tests/factories/packs';
import { bestQuestionAnswer } from './best';
import { checkQuestionAnswer, quizTotals } from './quiz';

const questions = makeQuestions().map((q) => v.parse(QuestionSchema, q));
const allBest = Object.fromEntries(questions.map((q) => [q.id, bestQuestionAnswer(q)]));

/** Scores of the questions in order, as a quiz stores them: null when unanswered or refused. */
const scoresOf = (answers: Record<string, unknown>) =>
	questions.map((q) => {
		const checked = q.id in answers ? checkQuestionAnswer(q, answers[q.id]) : null;
		return checked?.ok ? checked.score : null;
	});

describe('quizTotals', () => {
	it('gives 100 % and a pass to the best answers', () => {
		expect(quizTotals(scoresOf(allBest), 70)).toEqual({
			points: 7,
			max: 7,
			percent: 100,
			passed: true,
			passMark: 70,
			correctCount: 7
		});
	});

	it('counts unanswered and invalid answers as 0 and compares the shown percent', () => {
		const answers = {
			...allBest,
			'q-short': undefined,
			'q-numeric': { kind: 'single', optionId: 'a' },
			'q-multiple': { kind: 'multiple', optionIds: ['a'] },
			'q-single': 'garbage'
		};
		// truefalse + matching + ordering + half of multiple = 3.5 of 7.
		expect(quizTotals(scoresOf(answers), 50)).toMatchObject({
			points: 3.5,
			max: 7,
			percent: 50,
			passed: true,
			correctCount: 3
		});
		expect(quizTotals(scoresOf(answers), 51).passed).toBe(false);
	});

	it('defaults to a 70 % pass mark and never passes an empty quiz', () => {
		expect(quizTotals(scoresOf({})).passMark).toBe(70);
		expect(quizTotals(scoresOf({}))).toMatchObject({ max: 7, points: 0, passed: false });
		expect(quizTotals([], 0)).toMatchObject({ max: 0, percent: 0, passed: false });
	});
});

describe('checkQuestionAnswer', () => {
	it('checks, then scores, anything from the UI', () => {
		const single = questions[0]!;
		expect(checkQuestionAnswer(single, { kind: 'single', optionId: 'a' })).toMatchObject({
			ok: true,
			score: { correct: true }
		});
		expect(checkQuestionAnswer(single, { kind: 'truefalse', value: true })).toEqual({
			ok: false,
			error: 'wrong-kind'
		});
		expect(checkQuestionAnswer(single, { kind: 'continue' })).toEqual({
			ok: false,
			error: 'invalid-answer'
		});
		expect(checkQuestionAnswer(single, undefined)).toEqual({ ok: false, error: 'invalid-answer' });
	});
});
