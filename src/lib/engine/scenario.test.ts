import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, type Pack, type PackInput } from '$lib/packs/schema';
import { makePack, makeScenario, t } from '../../../tests/factories/packs';
import type { Answer } from './answers';
import {
	answer,
	applyEffects,
	currentStep,
	replay,
	resumeRun,
	rewindTo,
	startRun,
	type RunResult
} from './scenario';
import { MAX_HISTORY, type RunState } from './state';

const parse = (input: PackInput): Pack => v.parse(PackSchema, input);
const pack = parse(makePack());
const SCENARIO = 'liaison-basics';

const best: Answer[] = [
	{ kind: 'continue' },
	{ kind: 'decision', choiceId: 'share' },
	{ kind: 'partners', actors: ['federal-police', 'immigration-office'] },
	{ kind: 'ordering', order: ['first', 'second'] },
	{ kind: 'truefalse', value: true }
];

function ok(result: RunResult | ReturnType<typeof answer>): RunState {
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.state;
}

const play = (answers: readonly unknown[], p: Pack = pack) => ok(replay(p, SCENARIO, answers));

describe('startRun', () => {
	it('starts on the start step with clamped initial variables', () => {
		const state = ok(startRun(pack, SCENARIO));
		expect(state).toMatchObject({
			status: 'playing',
			stepId: 'brief',
			vars: { trust: 2 },
			history: [],
			points: 0,
			max: 0,
			ending: null,
			packId: 'test-pack',
			packVersion: '1.0.0'
		});
		const scenario = makeScenario();
		scenario.variables = { trust: { initial: 9, min: 0, max: 5, label: t('x') } };
		expect(ok(startRun(parse(makePack({ scenarios: [scenario] })), SCENARIO)).vars.trust).toBe(5);
	});

	it('refuses an unknown scenario or start step', () => {
		expect(startRun(pack, 'nope')).toEqual({
			ok: false,
			error: { code: 'unknown-scenario', scenarioId: 'nope' }
		});
		const scenario = { ...makeScenario(), start: 'ghost' };
		expect(startRun(parse(makePack({ scenarios: [scenario] })), SCENARIO)).toMatchObject({
			ok: false,
			error: { code: 'unknown-step', stepId: 'ghost' }
		});
	});
});

describe('starting at a chosen step (play-test)', () => {
	it('starts there with the initial variables, and a rewind goes back there', () => {
		const state = ok(startRun(pack, SCENARIO, { from: 'decide' }));
		expect(state).toMatchObject({ stepId: 'decide', history: [], vars: { trust: 2 } });
		const played = ok(answer(pack, state, best[1]));
		expect(played.history.map((h) => h.stepId)).toEqual(['decide']);
		const rewound = ok(rewindTo(pack, played, 0));
		expect(rewound.stepId).toBe('decide');
		expect(rewound.history).toEqual([]);
	});

	it('refuses a step that does not exist', () => {
		expect(startRun(pack, SCENARIO, { from: 'ghost' })).toMatchObject({
			ok: false,
			error: { code: 'unknown-step', stepId: 'ghost' }
		});
	});
});

describe('answer', () => {
	it('plays the best path to the best ending', () => {
		const state = play(best);
		expect(state).toMatchObject({
			status: 'finished',
			stepId: 'end-good',
			ending: { stepId: 'end-good', outcome: 'success', grade: 'A' },
			vars: { trust: 3 },
			points: 7,
			max: 7
		});
		expect(state.history.map((h) => h.stepId)).toEqual([
			'brief',
			'decide',
			'partners',
			'order',
			'quiz'
		]);
		expect(state.history[0]).toMatchObject({ points: 0, max: 0, scored: false });
		expect(state.history[2]).toMatchObject({ points: 3, max: 3, correct: true, scored: true });
	});

	it('returns the score of the step just answered', () => {
		const state = play(best.slice(0, 2));
		const result = answer(pack, state, { kind: 'partners', actors: ['federal-police', 'ccb'] });
		expect(result.ok && result.score).toMatchObject({ points: 1, max: 3, partial: true });
		const brief = answer(pack, ok(startRun(pack, SCENARIO)), { kind: 'continue' });
		expect(brief.ok && brief.score).toBeNull();
	});

	it("follows a choice's own next over the step's, and applies set effects", () => {
		const state = play([{ kind: 'continue' }, { kind: 'decision', choiceId: 'keep' }]);
		expect(state).toMatchObject({ status: 'finished', stepId: 'end-bad', vars: { trust: 0 } });
		expect(state.ending).toEqual({ stepId: 'end-bad', outcome: 'failure', grade: 'E' });
	});

	it('takes the first transition whose condition holds', () => {
		// Missing the essential partner: the first transition wins.
		const missed = play([best[0], best[1], { kind: 'partners', actors: ['immigration-office'] }]);
		expect(missed.stepId).toBe('end-bad');
		// At the quiz both the first rule (trust 3, chose share) and the second (6/7 ≥ 50 %) hold.
		const bothHold = play([...best.slice(0, 4), { kind: 'truefalse', value: false }]);
		expect(bothHold.stepId).toBe('end-good');
	});

	it('falls through to later transitions when earlier conditions fail', () => {
		const scenario = makeScenario();
		// Without the trust bonus the first rule fails; 6/7 ≥ 50 % picks the middle ending.
		const choices = (scenario.steps.decide as { choices: { effects?: unknown }[] }).choices;
		delete choices[0]!.effects;
		const p = parse(makePack({ scenarios: [scenario] }));
		expect(play(best, p).stepId).toBe('end-mid');
		const poor: Answer[] = [
			best[0]!,
			best[1]!,
			{ kind: 'partners', actors: ['federal-police', 'ccb'] },
			{ kind: 'ordering', order: ['second', 'first'] },
			{ kind: 'truefalse', value: false }
		];
		const state = play(poor, p);
		expect(state).toMatchObject({ points: 3, max: 7, stepId: 'end-bad' });
	});

	it('refuses answers of the wrong kind, malformed answers and unknown choices', () => {
		const start = ok(startRun(pack, SCENARIO));
		expect(answer(pack, start, { kind: 'decision', choiceId: 'share' })).toEqual({
			ok: false,
			error: { code: 'wrong-kind', expected: 'continue', got: 'decision' }
		});
		const atDecide = play([best[0]]);
		for (const bad of [
			null,
			42,
			'share',
			{},
			{ kind: 'decision' },
			{ kind: 'numeric', value: NaN }
		]) {
			expect(answer(pack, atDecide, bad)).toEqual({ ok: false, error: { code: 'invalid-answer' } });
		}
		expect(answer(pack, atDecide, { kind: 'decision', choiceId: 'nope' })).toEqual({
			ok: false,
			error: { code: 'unknown-choice', choiceId: 'nope' }
		});
		expect(answer(pack, atDecide, { kind: 'truefalse', value: true })).toMatchObject({
			ok: false,
			error: { code: 'wrong-kind', expected: 'decision' }
		});
	});

	it('refuses to go on after the end, and a state from another pack', () => {
		const done = play(best);
		expect(answer(pack, done, { kind: 'continue' })).toEqual({
			ok: false,
			error: { code: 'finished' }
		});
		const other = parse(makePack({ id: 'other-pack' }));
		expect(answer(other, play([]), { kind: 'continue' })).toMatchObject({
			ok: false,
			error: { code: 'pack-mismatch' }
		});
	});

	it('reports a state whose step is gone, or a transition to a missing step', () => {
		const state = { ...play([]), stepId: 'ghost' };
		expect(answer(pack, state, { kind: 'continue' })).toMatchObject({
			error: { code: 'unknown-step' }
		});
		expect(currentStep(pack, state)).toBeNull();
		const scenario = makeScenario();
		(scenario.steps.brief as { next: string }).next = 'nowhere';
		const p = parse(makePack({ scenarios: [scenario] }));
		expect(answer(p, play([], p), { kind: 'continue' })).toEqual({
			ok: false,
			error: { code: 'unknown-step', stepId: 'nowhere' }
		});
	});

	it('reports a step with no applicable transition', () => {
		const scenario = makeScenario();
		(scenario.steps.brief as { next: unknown }).next = [
			{ when: { var: 'trust', gt: 4 }, to: 'decide' }
		];
		const p = parse(makePack({ scenarios: [scenario] }));
		expect(answer(p, play([], p), { kind: 'continue' })).toEqual({
			ok: false,
			error: { code: 'no-transition', stepId: 'brief' }
		});
	});

	it('stops a run that loops past MAX_HISTORY', () => {
		const scenario = makeScenario();
		(scenario.steps.brief as { next: string }).next = 'brief';
		const p = parse(makePack({ scenarios: [scenario] }));
		const result = replay(p, SCENARIO, new Array(MAX_HISTORY + 1).fill({ kind: 'continue' }));
		expect(result).toEqual({
			ok: false,
			error: {
				code: 'replay-failed',
				index: MAX_HISTORY,
				cause: { code: 'too-long', limit: MAX_HISTORY }
			}
		});
	});

	it('does not mutate the state it is given', () => {
		const state = play(best.slice(0, 2));
		const copy = structuredClone(state);
		answer(pack, state, best[2]);
		expect(state).toEqual(copy);
	});

	it('strips unknown keys from stored answers', () => {
		const state = play([{ kind: 'continue', extra: 'x' }]);
		expect(state.history[0]!.answer).toEqual({ kind: 'continue' });
	});
});

describe('currentStep', () => {
	it('returns the step shown now', () => {
		expect(currentStep(pack, play([best[0]]))).toMatchObject({
			id: 'decide',
			step: { kind: 'decision' }
		});
		expect(currentStep(pack, play(best))).toMatchObject({
			id: 'end-good',
			step: { kind: 'ending' }
		});
	});
});

describe('applyEffects', () => {
	const scenario = parse(makePack()).scenarios[0]!; // trust: 0..5
	it('sets, then adds, clamped to the bounds, ignoring unknown variables', () => {
		expect(applyEffects(scenario, { trust: 2 }, { add: { trust: 10 } })).toEqual({ trust: 5 });
		expect(applyEffects(scenario, { trust: 2 }, { add: { trust: -10 } })).toEqual({ trust: 0 });
		expect(applyEffects(scenario, { trust: 2 }, { set: { trust: 4 }, add: { trust: 1 } })).toEqual({
			trust: 5
		});
		expect(applyEffects(scenario, { trust: 2 }, { set: { trust: -3, ghost: 1 } })).toEqual({
			trust: 0
		});
		expect(applyEffects(scenario, { trust: 2 }, undefined)).toEqual({ trust: 2 });
	});
	it('never produces -0 (JSON would turn it into 0)', () => {
		const out = applyEffects(scenario, { trust: 0 }, { set: { trust: -0 } });
		expect(Object.is(out.trust, 0)).toBe(true);
	});
});

describe('rewindTo', () => {
	it('goes back to the step answered at an index, with the state as it was', () => {
		const done = play(best);
		const back = ok(rewindTo(pack, done, 1));
		expect(back).toEqual(play([best[0]]));
		expect(back.stepId).toBe('decide');
		expect(back.vars.trust).toBe(2);
		const replayed = ok(answer(pack, back, { kind: 'decision', choiceId: 'keep' }));
		expect(replayed.stepId).toBe('end-bad');
		expect(ok(rewindTo(pack, done, done.history.length))).toEqual(done);
		expect(ok(rewindTo(pack, done, 0))).toEqual(ok(startRun(pack, SCENARIO)));
	});
	it('refuses an index out of range', () => {
		const done = play(best);
		for (const index of [-1, 6, 1.5, NaN]) {
			expect(rewindTo(pack, done, index)).toMatchObject({
				ok: false,
				error: { code: 'bad-index' }
			});
		}
	});
});

describe('resumeRun', () => {
	it('resumes exactly after a JSON round-trip', () => {
		const midway = play(best.slice(0, 3));
		const stored: unknown = JSON.parse(JSON.stringify(midway));
		const resumed = ok(resumeRun(pack, stored));
		expect(resumed).toEqual(midway);
		expect(ok(answer(pack, resumed, best[3]))).toEqual(play(best.slice(0, 4)));
	});
	it('refuses garbage and states of other packs', () => {
		expect(resumeRun(pack, { hello: 1 })).toEqual({ ok: false, error: { code: 'invalid-state' } });
		expect(resumeRun(pack, null)).toEqual({ ok: false, error: { code: 'invalid-state' } });
		const other = parse(makePack({ id: 'other-pack' }));
		expect(resumeRun(other, play([]))).toMatchObject({ error: { code: 'pack-mismatch' } });
	});
	it('rebuilds against a changed pack, or says where the old answers stop fitting', () => {
		const stored = play(best.slice(0, 2));
		const scenario = makeScenario();
		const decide = scenario.steps.decide as { choices: { id: string }[] };
		decide.choices[0]!.id = 'share-now';
		const changed = parse(makePack({ scenarios: [scenario], version: '1.1.0' }));
		expect(resumeRun(changed, stored)).toEqual({
			ok: false,
			error: {
				code: 'replay-failed',
				index: 1,
				cause: { code: 'unknown-choice', choiceId: 'share' }
			}
		});
		const bumped = parse(makePack({ version: '1.0.1' }));
		expect(ok(resumeRun(bumped, stored)).packVersion).toBe('1.0.1');
	});
});
