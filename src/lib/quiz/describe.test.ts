import { describe, expect, it } from 'vitest';
import { bestQuestionAnswer } from '$lib/engine';
import type { Question, Step } from '$lib/packs/schema';
import { choiceFeedback, describeQuestionAnswer, describeStepAnswer } from './describe';

const words = { true: 'Vrai', false: 'Faux', none: '—' };
const base = {
	prompt: { fr: 'Q', nl: 'V' },
	topics: [],
	actors: [],
	difficulty: 'easy' as const,
	explanation: { fr: 'e', nl: 'e' },
	citation: { source: 's', quote: 'q' }
};

describe('describing answers', () => {
	it('names the chosen options in the learner language', () => {
		const q: Question = {
			...base,
			id: 'q1',
			kind: 'multiple',
			options: [
				{ id: 'a', text: { fr: 'VSSE', nl: 'VSSE' }, correct: true },
				{ id: 'b', text: { fr: 'OCAM', nl: 'OCAD' }, correct: true }
			]
		};
		expect(
			describeQuestionAnswer(q, { kind: 'multiple', optionIds: ['a', 'b'] }, 'nl', words)
		).toBe('VSSE · OCAD');
		expect(describeQuestionAnswer(q, { kind: 'multiple', optionIds: [] }, 'fr', words)).toBe('—');
	});

	it('shows matches and orders so they can be compared with the best answer', () => {
		const q: Question = {
			...base,
			id: 'q2',
			kind: 'matching',
			pairs: [
				{ id: 'p1', left: { fr: 'CTIF', nl: 'CFI' }, right: { fr: 'finances', nl: 'financiën' } },
				{ id: 'p2', left: { fr: 'OCAM', nl: 'OCAD' }, right: { fr: 'menace', nl: 'dreiging' } }
			]
		};
		expect(describeQuestionAnswer(q, bestQuestionAnswer(q), 'fr', words)).toBe(
			'CTIF → finances · OCAM → menace'
		);
		const step: Step = {
			kind: 'ordering',
			text: { fr: 't', nl: 't' },
			items: [
				{ id: 'x', text: { fr: 'Analyser', nl: 'Analyseren' } },
				{ id: 'y', text: { fr: 'Partager', nl: 'Delen' } }
			],
			explanation: { fr: 'e', nl: 'e' },
			citation: { source: 's', quote: 'q' },
			next: 'end'
		};
		expect(
			describeStepAnswer(step, { kind: 'ordering', order: ['y', 'x'] }, 'nl', words, (id) => id)
		).toBe('1. Delen · 2. Analyseren');
	});

	it('uses the UI words for true and false and the unit for numbers', () => {
		const tf: Question = { ...base, id: 'q3', kind: 'truefalse', answer: false };
		expect(describeQuestionAnswer(tf, { kind: 'truefalse', value: false }, 'fr', words)).toBe(
			'Faux'
		);
		const num: Question = {
			...base,
			id: 'q4',
			kind: 'numeric',
			answer: 13,
			tolerance: 0,
			unit: { fr: 'projets', nl: 'projecten' }
		};
		expect(describeQuestionAnswer(num, { kind: 'numeric', value: 13 }, 'nl', words)).toBe(
			'13 projecten'
		);
		// Decimal comma in both languages; a year stays a year.
		expect(describeQuestionAnswer(num, { kind: 'numeric', value: 2.5 }, 'fr', words)).toBe(
			'2,5 projets'
		);
		expect(describeQuestionAnswer(num, { kind: 'numeric', value: 2005 }, 'nl', words)).toBe(
			'2005 projecten'
		);
	});
});

describe('choice feedback', () => {
	it("gives the author's notes on the chosen options only", () => {
		const q: Question = {
			...base,
			id: 'q5',
			kind: 'single',
			options: [
				{ id: 'a', text: { fr: 'VSSE', nl: 'VSSE' }, correct: true },
				{
					id: 'b',
					text: { fr: 'CCB', nl: 'CCB' },
					correct: false,
					feedback: { fr: 'Non', nl: 'Nee' }
				}
			]
		};
		expect(choiceFeedback(q, { kind: 'single', optionId: 'b' })).toEqual([
			{ fr: 'Non', nl: 'Nee' }
		]);
		expect(choiceFeedback(q, { kind: 'single', optionId: 'a' })).toEqual([]);
		const tf: Question = {
			...base,
			id: 'q6',
			kind: 'truefalse',
			answer: true,
			feedbackFalse: { fr: 'Si', nl: 'Toch wel' }
		};
		expect(choiceFeedback(tf, { kind: 'truefalse', value: false })).toEqual([
			{ fr: 'Si', nl: 'Toch wel' }
		]);
		expect(choiceFeedback(tf, { kind: 'numeric', value: 1 })).toEqual([]);
	});
});
