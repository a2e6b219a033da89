import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, type Step } from '$lib/packs/schema';
import { makePack, t } from '../../../tests/factories/packs';
import {
	expectedAnswerKind,
	isStepScoreError,
	partnersMax,
	scoreStep,
	type StepScore
} from './steps';
import type { Answer } from './answers';

const steps = v.parse(PackSchema, makePack()).scenarios[0]!.steps;
const step = <K extends Step['kind']>(id: string, kind: K) => {
	const s = steps[id]!;
	if (s.kind !== kind) throw new Error(`${id} is not ${kind}`);
	return s as Extract<Step, { kind: K }>;
};

function scored(s: Step, answer: Answer): StepScore {
	const result = scoreStep(s, answer);
	if (isStepScoreError(result)) throw new Error(result.code);
	return result;
}

describe('decision', () => {
	const decide = step('decide', 'decision'); // share 2, keep 0

	it("scores the choice's points against the best choice", () => {
		expect(scored(decide, { kind: 'decision', choiceId: 'share' })).toMatchObject({
			points: 2,
			max: 2,
			correct: true,
			detail: { kind: 'decision', choiceId: 'share', bestChoiceIds: ['share'] }
		});
		expect(scored(decide, { kind: 'decision', choiceId: 'keep' })).toMatchObject({
			points: 0,
			max: 2,
			correct: false,
			partial: false
		});
	});

	it('gives partial credit to a middling choice and allows negative points', () => {
		const three = {
			...decide,
			choices: [
				{ ...decide.choices[0]!, id: 'a', points: 3 },
				{ ...decide.choices[0]!, id: 'b', points: 1 },
				{ ...decide.choices[0]!, id: 'c', points: -2 }
			]
		};
		expect(scored(three, { kind: 'decision', choiceId: 'b' })).toMatchObject({
			points: 1,
			partial: true
		});
		expect(scored(three, { kind: 'decision', choiceId: 'c' })).toMatchObject({
			points: -2,
			max: 3
		});
	});

	it('counts a best choice worth 0 as correct', () => {
		const zero = {
			...decide,
			choices: decide.choices.map((c) => ({ ...c, points: c.id === 'share' ? 0 : -1 }))
		};
		expect(scored(zero, { kind: 'decision', choiceId: 'share' })).toMatchObject({
			max: 0,
			correct: true
		});
	});

	it('refuses an unknown choice', () => {
		expect(scoreStep(decide, { kind: 'decision', choiceId: 'nope' })).toEqual({
			code: 'unknown-choice',
			choiceId: 'nope'
		});
	});
});

describe('partners', () => {
	const base = step('partners', 'partners');
	// Two essential, one useful, one inappropriate: max = 2·2 + 1 = 5.
	const partners = {
		...base,
		options: [
			{ actor: 'vsse', rating: 'essential' as const, explanation: t('v') },
			{ actor: 'ocam', rating: 'essential' as const, explanation: t('o') },
			{ actor: 'federal-police', rating: 'useful' as const, explanation: t('p') },
			{ actor: 'ccb', rating: 'inappropriate' as const, explanation: t('c') }
		]
	};

	it('computes max = 2·essential + useful', () => {
		expect(partnersMax(partners)).toBe(5);
	});

	it.each([
		[['vsse', 'ocam', 'federal-police'], 5, true],
		[['vsse', 'ocam'], 4, false],
		[['vsse', 'federal-police'], 3, false],
		[['vsse', 'ocam', 'federal-police', 'ccb'], 4, false],
		[['ccb'], 0, false],
		[[], 0, false]
	])('%j → %d', (actors, points, correct) => {
		expect(scored(partners, { kind: 'partners', actors })).toMatchObject({
			points,
			max: 5,
			correct
		});
	});

	it('explains each organisation', () => {
		const result = scored(partners, { kind: 'partners', actors: ['vsse', 'ccb', 'un', 'vsse'] });
		expect(result.detail).toEqual({
			kind: 'partners',
			missedEssential: true,
			ignored: ['un'],
			lines: [
				{ actor: 'vsse', rating: 'essential', picked: true, outcome: 'hit', points: 2 },
				{ actor: 'ocam', rating: 'essential', picked: false, outcome: 'missed', points: 0 },
				{ actor: 'federal-police', rating: 'useful', picked: false, outcome: 'missed', points: 0 },
				{ actor: 'ccb', rating: 'inappropriate', picked: true, outcome: 'extra', points: -1 }
			]
		});
		expect(result.points).toBe(1);
	});
});

describe('ordering step', () => {
	const order = {
		...step('order', 'ordering'),
		items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: t(id) }))
	};
	it('scores one point per item kept in order beyond the first', () => {
		expect(scored(order, { kind: 'ordering', order: ['a', 'b', 'c', 'd'] })).toMatchObject({
			points: 3,
			max: 3,
			correct: true
		});
		expect(scored(order, { kind: 'ordering', order: ['b', 'a', 'c', 'd'] })).toMatchObject({
			points: 2,
			partial: true,
			detail: { kind: 'ordering-step', kept: 3 }
		});
		expect(scored(order, { kind: 'ordering', order: ['d', 'c', 'b', 'a'] }).points).toBe(0);
	});
});

describe('question step', () => {
	const quiz = step('quiz', 'question'); // truefalse, answer true
	it('scores the embedded question', () => {
		expect(scored(quiz, { kind: 'truefalse', value: true })).toMatchObject({
			points: 1,
			detail: { kind: 'question', question: { kind: 'truefalse', expected: true } }
		});
	});
	it('refuses an answer of another kind', () => {
		expect(scoreStep(quiz, { kind: 'single', optionId: 'a' })).toEqual({
			code: 'wrong-kind',
			expected: 'truefalse',
			got: 'single'
		});
		expect(scoreStep(quiz, { kind: 'decision', choiceId: 'a' })).toMatchObject({
			code: 'wrong-kind'
		});
	});
});

describe('expectedAnswerKind and unscorable steps', () => {
	it('names the answer each step expects', () => {
		expect(expectedAnswerKind(steps.brief!)).toBe('continue');
		expect(expectedAnswerKind(steps.decide!)).toBe('decision');
		expect(expectedAnswerKind(steps.partners!)).toBe('partners');
		expect(expectedAnswerKind(steps.order!)).toBe('ordering');
		expect(expectedAnswerKind(steps.quiz!)).toBe('truefalse');
		expect(expectedAnswerKind(steps['end-good']!)).toBeNull();
	});
	it('does not score briefings and endings', () => {
		expect(scoreStep(steps.brief!, { kind: 'continue' })).toEqual({ code: 'not-scorable' });
		expect(scoreStep(steps['end-good']!, { kind: 'continue' })).toEqual({ code: 'not-scorable' });
		expect(scoreStep(steps.decide!, { kind: 'partners', actors: [] })).toMatchObject({
			code: 'wrong-kind',
			expected: 'decision'
		});
	});
});
