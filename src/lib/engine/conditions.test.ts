import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, type Condition } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { compare, evaluate, scorePercentSoFar, type ConditionContext } from './conditions';
import type { HistoryEntry } from './state';
import type { Answer } from './answers';

const scenario = v.parse(PackSchema, makePack()).scenarios[0]!;
// partners step: federal-police essential, immigration-office useful, ccb inappropriate.

const entry = (stepId: string, answer: Answer): HistoryEntry => ({
	stepId,
	answer,
	points: 0,
	max: 0,
	correct: true,
	partial: false,
	scored: true
});

function ctx(
	history: HistoryEntry[] = [],
	extra: Partial<ConditionContext> = {}
): ConditionContext {
	return { scenario, vars: { trust: 3 }, history, points: 3, max: 4, ...extra };
}

const picked = (...actors: string[]) => entry('partners', { kind: 'partners', actors });

describe('compare', () => {
	it.each([
		[{ gt: 2 }, 3, true],
		[{ gt: 3 }, 3, false],
		[{ gte: 3 }, 3, true],
		[{ gte: 3.5 }, 3, false],
		[{ lt: 4 }, 3, true],
		[{ lt: 3 }, 3, false],
		[{ lte: 3 }, 3, true],
		[{ lte: 2 }, 3, false],
		[{ eq: 3 }, 3, true],
		[{ eq: 2 }, 3, false],
		[{ gte: 2, lte: 4 }, 3, true],
		[{ gte: 2, lte: 2.5 }, 3, false]
	])('%j on %d → %s', (c, value, expected) => {
		expect(compare(value, c)).toBe(expected);
	});

	it('treats float noise as equal', () => {
		expect(compare(0.1 + 0.2, { eq: 0.3 })).toBe(true);
		expect(compare(0.1 + 0.2, { lte: 0.3 })).toBe(true);
	});
});

describe('evaluate', () => {
	it('reads variables, false for an unknown one', () => {
		expect(evaluate({ var: 'trust', gte: 3 }, ctx())).toBe(true);
		expect(evaluate({ var: 'trust', lt: 3 }, ctx())).toBe(false);
		expect(evaluate({ var: 'ghost', gte: 0 }, ctx())).toBe(false);
	});

	it('checks the latest choice made at a step', () => {
		const history = [
			entry('decide', { kind: 'decision', choiceId: 'keep' }),
			entry('decide', { kind: 'decision', choiceId: 'share' })
		];
		expect(evaluate({ chose: { step: 'decide', choice: 'share' } }, ctx(history))).toBe(true);
		expect(evaluate({ chose: { step: 'decide', choice: 'keep' } }, ctx(history))).toBe(false);
		expect(evaluate({ chose: { step: 'decide', choice: 'share' } }, ctx())).toBe(false);
	});

	it('checks selected partners', () => {
		const c = ctx([picked('federal-police')]);
		expect(evaluate({ selected: { step: 'partners', actor: 'federal-police' } }, c)).toBe(true);
		expect(evaluate({ selected: { step: 'partners', actor: 'ccb' } }, c)).toBe(false);
		expect(evaluate({ selected: { step: 'partners', actor: 'federal-police' } }, ctx())).toBe(
			false
		);
	});

	it('detects a missed essential partner, only once the step is answered', () => {
		expect(evaluate({ missedEssential: 'partners' }, ctx([picked('ccb')]))).toBe(true);
		expect(evaluate({ missedEssential: 'partners' }, ctx([picked('federal-police')]))).toBe(false);
		expect(evaluate({ missedEssential: 'partners' }, ctx())).toBe(false);
		expect(evaluate({ missedEssential: 'decide' }, ctx([picked()]))).toBe(false);
	});

	it('detects a partner picked by rating', () => {
		const c = ctx([picked('ccb', 'immigration-office')]);
		expect(evaluate({ picked: { step: 'partners', rating: 'inappropriate' } }, c)).toBe(true);
		expect(evaluate({ picked: { step: 'partners', rating: 'useful' } }, c)).toBe(true);
		expect(evaluate({ picked: { step: 'partners', rating: 'essential' } }, c)).toBe(false);
	});

	it('compares the score percent so far', () => {
		expect(scorePercentSoFar(3, 4)).toBe(75);
		expect(scorePercentSoFar(0, 0)).toBe(0);
		expect(scorePercentSoFar(-2, 4)).toBe(0);
		expect(evaluate({ score: { gte: 75 } }, ctx())).toBe(true);
		expect(evaluate({ score: { gt: 75 } }, ctx())).toBe(false);
		expect(evaluate({ score: { lt: 50 } }, ctx([], { points: 0, max: 0 }))).toBe(true);
	});

	it('combines with all, any and not, nested', () => {
		const yes: Condition = { var: 'trust', eq: 3 };
		const no: Condition = { var: 'trust', eq: 1 };
		expect(evaluate({ all: [yes, yes] }, ctx())).toBe(true);
		expect(evaluate({ all: [yes, no] }, ctx())).toBe(false);
		expect(evaluate({ any: [no, yes] }, ctx())).toBe(true);
		expect(evaluate({ any: [no, no] }, ctx())).toBe(false);
		expect(evaluate({ not: no }, ctx())).toBe(true);
		expect(evaluate({ not: yes }, ctx())).toBe(false);
		expect(
			evaluate({ all: [{ any: [no, { not: no }] }, { not: { all: [yes, no] } }] }, ctx())
		).toBe(true);
	});

	it('stops at absurd nesting instead of overflowing the stack', () => {
		let deep: Condition = { var: 'trust', eq: 3 };
		for (let i = 0; i < 10_000; i++) deep = { not: { not: deep } };
		expect(evaluate(deep, ctx())).toBe(false);
		expect(evaluate({ not: deep }, ctx())).toBe(false);
	});
});
