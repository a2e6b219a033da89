/**
 * Property-based checks on generated scenarios: any sequence of answers (well-formed or not)
 * never throws, the state always survives a JSON round-trip, and replaying the accepted answers
 * rebuilds the very same state.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, type Pack, type PackInput } from '$lib/packs/schema';
import { makePack, t } from '../../../tests/factories/packs';
import { bestStepAnswer } from './best';
import { debrief } from './debrief';
import { answer, currentStep, replay, resumeRun, rewindTo, startRun } from './scenario';
import type { RunState } from './state';

type ScenarioInput = NonNullable<PackInput['scenarios']>[number];
type StepInput = ScenarioInput['steps'][string];

const IDS = ['a', 'b', 'c', 'x'];
const ACTORS = ['vsse', 'ocam', 'ccb', 'federal-police'];
const ENDINGS = ['end-1', 'end-2', 'end-3'];
const cite = { source: '003_847f662f65abe501', quote: 'q' };

const stepIds = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

function conditionArb(ids: string[]) {
	const step = fc.constantFrom(...ids);
	const leaf = fc.oneof(
		fc.record({ var: fc.constantFrom('v', 'ghost'), gte: fc.integer({ min: -2, max: 6 }) }),
		fc.record({ var: fc.constant('v'), lt: fc.integer({ min: -2, max: 6 }) }),
		fc.record({ chose: fc.record({ step, choice: fc.constantFrom(...IDS) }) }),
		fc.record({ selected: fc.record({ step, actor: fc.constantFrom(...ACTORS) }) }),
		fc.record({ missedEssential: step }),
		fc.record({
			picked: fc.record({ step, rating: fc.constantFrom('essential', 'useful', 'inappropriate') })
		}),
		fc.record({ score: fc.record({ gte: fc.integer({ min: 0, max: 100 }) }) })
	);
	return fc.letrec((tie) => ({
		cond: fc.oneof(
			{ depthSize: 'small', withCrossShrink: true },
			leaf,
			fc.record({ all: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
			fc.record({ any: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }),
			fc.record({ not: tie('cond') })
		)
	})).cond;
}

function nextArb(ids: string[]) {
	// Mostly to other steps, so that runs are not all cut short by an early ending.
	const to = fc.oneof(
		{ weight: 5, arbitrary: fc.constantFrom(...ids) },
		{ weight: 1, arbitrary: fc.constantFrom(...ENDINGS) }
	);
	return fc.oneof(
		to,
		fc
			.tuple(fc.array(fc.record({ when: conditionArb(ids), to }), { maxLength: 3 }), to)
			.map(([conditional, last]) => [...conditional, { to: last }])
	);
}

function stepArb(ids: string[]): fc.Arbitrary<unknown> {
	const next = nextArb(ids);
	const text = t('texte');
	const items = fc.constant(['a', 'b', 'c'].map((id) => ({ id, text: t(id) })));
	return fc.oneof(
		fc.record({ kind: fc.constant('briefing' as const), text: fc.constant(text), next }),
		fc.record({
			kind: fc.constant('decision' as const),
			text: fc.constant(text),
			explanation: fc.constant(text),
			citation: fc.constant(cite),
			next,
			choices: fc
				.tuple(
					fc.integer({ min: -3, max: 3 }),
					fc.integer({ min: -3, max: 3 }),
					fc.option(next),
					fc.integer({ min: -3, max: 3 })
				)
				.map(([p1, p2, own, delta]) => [
					{ id: 'a', label: text, points: p1, consequence: text, effects: { add: { v: delta } } },
					{
						id: 'b',
						label: text,
						points: p2,
						consequence: text,
						effects: { set: { v: delta } },
						...(own === null ? {} : { next: own })
					}
				])
		}),
		fc.record({
			kind: fc.constant('partners' as const),
			text: fc.constant(text),
			explanation: fc.constant(text),
			citation: fc.constant(cite),
			next,
			options: fc
				.tuple(
					...ACTORS.map(
						() =>
							fc.constantFrom('essential', 'useful', 'inappropriate') as fc.Arbitrary<
								'essential' | 'useful' | 'inappropriate'
							>
					)
				)
				.map((ratings) =>
					ACTORS.map((actor, i) => ({ actor, rating: ratings[i]!, explanation: text }))
				)
		}),
		fc.record({
			kind: fc.constant('ordering' as const),
			text: fc.constant(text),
			explanation: fc.constant(text),
			citation: fc.constant(cite),
			items,
			next
		}),
		fc.record({
			kind: fc.constant('question' as const),
			next,
			question: fc.constantFrom(...(makePack().questions ?? []))
		})
	);
}

const packArb: fc.Arbitrary<Pack> = fc.integer({ min: 2, max: 8 }).chain((n) => {
	const ids = stepIds(n);
	return fc.array(stepArb(ids), { minLength: n, maxLength: n }).map((steps) => {
		const scenario: ScenarioInput = {
			id: 'gen',
			title: t('Généré'),
			summary: t('Généré'),
			difficulty: 'beginner',
			variables: { v: { initial: 1, min: 0, max: 4, label: t('v') } },
			start: 's0',
			steps: Object.fromEntries([
				...ids.map((id, i) => [id, steps[i] as StepInput]),
				...ENDINGS.map((id, i) => [
					id,
					{
						kind: 'ending',
						outcome: (['success', 'partial', 'failure'] as const)[i]!,
						grade: 'C',
						text: t(id)
					}
				])
			])
		};
		return v.parse(PackSchema, makePack({ scenarios: [scenario] }));
	});
});

const BEST = { kind: '__best' } as const;
const answerArb = fc.oneof(
	{ weight: 12, arbitrary: fc.constant(BEST) },
	fc.constant({ kind: 'continue' }),
	fc.record({ kind: fc.constant('decision'), choiceId: fc.constantFrom(...IDS) }),
	fc.record({ kind: fc.constant('partners'), actors: fc.subarray([...ACTORS, 'un']) }),
	fc.record({
		kind: fc.constant('ordering'),
		order: fc.shuffledSubarray([...IDS, 'first', 'i1', 'i2'])
	}),
	fc.record({ kind: fc.constant('single'), optionId: fc.constantFrom(...IDS) }),
	fc.record({ kind: fc.constant('multiple'), optionIds: fc.subarray(IDS) }),
	fc.record({ kind: fc.constant('truefalse'), value: fc.boolean() }),
	fc.record({
		kind: fc.constant('matching'),
		pairs: fc.dictionary(fc.constantFrom('p1', 'p2', '__proto__'), fc.constantFrom('p1', 'p2'))
	}),
	fc.record({ kind: fc.constant('short'), text: fc.string() }),
	fc.record({ kind: fc.constant('numeric'), value: fc.double() }),
	fc.anything()
);

const inputsArb = fc.array(answerArb, { minLength: 3, maxLength: 40 });

/** Plays every input in turn, skipping the refused ones; returns the state and accepted answers. */
function drive(pack: Pack, inputs: unknown[]): { state: RunState; accepted: unknown[] } {
	const started = startRun(pack, 'gen');
	if (!started.ok) throw new Error('start failed');
	let state = started.state;
	const accepted: unknown[] = [];
	for (const input of inputs) {
		const at = currentStep(pack, state);
		const given = input === BEST && at ? bestStepAnswer(at.step) : input;
		const result = answer(pack, state, given);
		if (result.ok) {
			accepted.push(given);
			state = result.state;
		} else {
			expect(result.error.code).toBeTypeOf('string');
		}
	}
	return { state, accepted };
}

describe('engine properties', () => {
	it('never throws, keeps its invariants and survives JSON round-trips', () => {
		fc.assert(
			fc.property(packArb, inputsArb, (pack, inputs) => {
				const { state, accepted } = drive(pack, inputs);
				const json: unknown = JSON.parse(JSON.stringify(state));
				expect(json).toEqual(state);
				expect(state.history).toHaveLength(accepted.length);
				expect(state.points).toBeLessThanOrEqual(state.max);
				expect(state.vars.v).toBeGreaterThanOrEqual(0);
				expect(state.vars.v).toBeLessThanOrEqual(4);
				const step = currentStep(pack, state)!.step;
				expect(state.status === 'finished').toBe(step.kind === 'ending');
				const resumed = resumeRun(pack, json);
				expect(resumed.ok && resumed.state).toEqual(state);
				const report = debrief(pack, state)!;
				expect([report.points, report.max]).toEqual([state.points, state.max]);
			})
		);
	});

	it('generates runs that go somewhere (the properties are not vacuous)', () => {
		const runs = fc
			.sample(fc.tuple(packArb, inputsArb), { numRuns: 200, seed: 42 })
			.map(([pack, inputs]) => drive(pack, inputs).state);
		expect(runs.filter((s) => s.status === 'finished').length).toBeGreaterThan(50);
		expect(runs.filter((s) => s.history.length >= 4).length).toBeGreaterThan(20);
		expect(runs.filter((s) => s.max > 0 && s.points < s.max).length).toBeGreaterThan(10);
	});

	it('is deterministic: replaying the accepted answers gives the same state', () => {
		fc.assert(
			fc.property(packArb, inputsArb, (pack, inputs) => {
				const { state, accepted } = drive(pack, inputs);
				const again = replay(pack, 'gen', accepted);
				expect(again.ok && again.state).toEqual(state);
				expect(drive(pack, inputs).state).toEqual(state);
			})
		);
	});

	it('rewinds to any point of a run as if the run had stopped there', () => {
		fc.assert(
			fc.property(packArb, inputsArb, fc.nat(), (pack, inputs, k) => {
				const { state, accepted } = drive(pack, inputs);
				const index = accepted.length === 0 ? 0 : k % (accepted.length + 1);
				const back = rewindTo(pack, state, index);
				const prefix = replay(pack, 'gen', accepted.slice(0, index));
				expect(back.ok && back.state).toEqual(prefix.ok && prefix.state);
			})
		);
	});
});
