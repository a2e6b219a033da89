import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuestionSchema, type Question } from '$lib/packs/schema';
import { makeQuestions, t } from '../../../tests/factories/packs';
import type { QuestionAnswer } from './answers';
import { isMismatch, scoreQuestion, type QuestionScore } from './questions';

const questions = makeQuestions().map((q) => v.parse(QuestionSchema, q));
const byKind = <K extends Question['kind']>(kind: K) =>
	questions.find((q) => q.kind === kind) as Extract<Question, { kind: K }>;

function score(question: Question, answer: QuestionAnswer): QuestionScore {
	const result = scoreQuestion(question, answer);
	if (isMismatch(result)) throw new Error('unexpected mismatch');
	return result;
}

describe('single', () => {
	const q = byKind('single');

	it('is all or nothing', () => {
		expect(score(q, { kind: 'single', optionId: 'a' })).toMatchObject({
			points: 1,
			max: 1,
			correct: true,
			partial: false
		});
		const wrong = score(q, { kind: 'single', optionId: 'b' });
		expect(wrong).toMatchObject({ points: 0, correct: false, partial: false });
		expect(wrong.detail).toMatchObject({ kind: 'single', selected: 'b', correctIds: ['a'] });
	});

	it('scores an unknown option as wrong', () => {
		const result = score(q, { kind: 'single', optionId: 'zzz' });
		expect(result.points).toBe(0);
		expect(result.detail).toMatchObject({ selected: null });
	});
});

describe('multiple', () => {
	const q = byKind('multiple'); // a, b correct; c wrong

	it.each([
		[['a', 'b'], 1, true, false],
		[['a'], 0.5, false, true],
		[['a', 'c'], 0, false, false],
		[['a', 'b', 'c'], 0.5, false, true],
		[['c'], 0, false, false],
		[[], 0, false, false]
	])('%j → %d points', (optionIds, points, correct, partial) => {
		expect(score(q, { kind: 'multiple', optionIds })).toMatchObject({ points, correct, partial });
	});

	it('reports every option outcome and ignores unknown or repeated ids', () => {
		const result = score(q, { kind: 'multiple', optionIds: ['a', 'a', 'x', 'c'] });
		expect(result.detail).toMatchObject({
			kind: 'multiple',
			weighted: false,
			ignored: ['x'],
			options: [
				{ id: 'a', outcome: 'hit', weight: null },
				{ id: 'b', outcome: 'missed' },
				{ id: 'c', outcome: 'extra' }
			]
		});
		expect(result.points).toBe(0);
	});

	it('uses GIFT weights when present, clamped to [0, max]', () => {
		const weighted: Question = {
			...q,
			options: [
				{ id: 'a', text: t('A'), correct: true, weight: 50 },
				{ id: 'b', text: t('B'), correct: true, weight: 50 },
				{ id: 'c', text: t('C'), correct: false, weight: -100 },
				{ id: 'd', text: t('D'), correct: false }
			]
		};
		expect(score(weighted, { kind: 'multiple', optionIds: ['a', 'b'] }).points).toBe(1);
		expect(score(weighted, { kind: 'multiple', optionIds: ['a', 'd'] }).points).toBe(0.5);
		expect(score(weighted, { kind: 'multiple', optionIds: ['a', 'c'] }).points).toBe(0);
		expect(score(weighted, { kind: 'multiple', optionIds: ['a', 'b', 'c'] }).points).toBe(0);
		const detail = score(weighted, { kind: 'multiple', optionIds: ['a'] }).detail;
		expect(detail).toMatchObject({
			weighted: true,
			options: [{ weight: 50 }, {}, {}, { weight: 0 }]
		});
	});

	it('rounds thirds to two decimals', () => {
		const three: Question = {
			...q,
			options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: t(id), correct: id !== 'd' }))
		};
		expect(score(three, { kind: 'multiple', optionIds: ['a', 'b'] }).points).toBe(0.67);
	});
});

describe('truefalse', () => {
	const q = byKind('truefalse'); // answer: true
	it('compares the value', () => {
		expect(score(q, { kind: 'truefalse', value: true }).correct).toBe(true);
		const wrong = score(q, { kind: 'truefalse', value: false });
		expect(wrong).toMatchObject({ points: 0, detail: { given: false, expected: true } });
	});
});

describe('matching', () => {
	const q = byKind('matching'); // p1, p2
	it('gives credit per correct pair', () => {
		expect(score(q, { kind: 'matching', pairs: { p1: 'p1', p2: 'p2' } }).points).toBe(1);
		const half = score(q, { kind: 'matching', pairs: { p1: 'p1', p2: 'p1' } });
		expect(half).toMatchObject({ points: 0.5, partial: true, correct: false });
		expect(half.detail).toEqual({
			kind: 'matching',
			matched: 1,
			pairs: [
				{ id: 'p1', given: 'p1', correct: true },
				{ id: 'p2', given: 'p1', correct: false }
			]
		});
		expect(score(q, { kind: 'matching', pairs: { p1: 'p2', p2: 'p1' } }).points).toBe(0);
	});

	it('treats a missing pair as unmatched and ignores inherited keys', () => {
		const pairs = Object.create({ p2: 'p2' }) as Record<string, string>;
		pairs.p1 = 'p1';
		const result = score(q, { kind: 'matching', pairs });
		expect(result.points).toBe(0.5);
		expect(result.detail).toMatchObject({ pairs: [{ given: 'p1' }, { given: null }] });
	});
});

describe('ordering question', () => {
	const q: Question = {
		...byKind('ordering'),
		items: ['a', 'b', 'c'].map((id) => ({ id, text: t(id) }))
	};
	it('gives partial credit from the longest well-ordered run', () => {
		expect(score(q, { kind: 'ordering', order: ['a', 'b', 'c'] })).toMatchObject({
			points: 1,
			correct: true
		});
		expect(score(q, { kind: 'ordering', order: ['a', 'c', 'b'] })).toMatchObject({
			points: 0.5,
			partial: true
		});
		expect(score(q, { kind: 'ordering', order: ['c', 'b', 'a'] }).points).toBe(0);
	});
});

describe('short', () => {
	const q = byKind('short'); // OCAM, OCAD
	it('ignores case, accents, punctuation and spaces', () => {
		const result = score(q, { kind: 'short', text: ' o.c.a.d ' });
		expect(result).toMatchObject({ points: 1, correct: true });
		expect(result.detail).toMatchObject({ kind: 'short', matched: 'OCAD', normalised: 'o c a d' });
		expect(score(q, { kind: 'short', text: 'VSSE' })).toMatchObject({
			points: 0,
			detail: { matched: null }
		});
	});
});

describe('numeric', () => {
	const q = byKind('numeric'); // 13, tolerance 0
	it('accepts values within the tolerance only', () => {
		expect(score(q, { kind: 'numeric', value: 13 }).correct).toBe(true);
		expect(score(q, { kind: 'numeric', value: 14 }).correct).toBe(false);
		const tolerant = { ...q, tolerance: 1 };
		expect(score(tolerant, { kind: 'numeric', value: 14 }).correct).toBe(true);
		expect(score(tolerant, { kind: 'numeric', value: 11.9 })).toMatchObject({
			correct: false,
			detail: { expected: 13, tolerance: 1 }
		});
	});

	it('absorbs float noise', () => {
		expect(score({ ...q, answer: 0.3 }, { kind: 'numeric', value: 0.1 + 0.2 }).correct).toBe(true);
	});
});

describe('kind mismatch', () => {
	it('is reported, not scored', () => {
		expect(scoreQuestion(byKind('single'), { kind: 'truefalse', value: true })).toEqual({
			mismatch: true,
			expected: 'single',
			got: 'truefalse'
		});
	});
});
