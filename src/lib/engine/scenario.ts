/**
 * The scenario state machine. Pure: every function returns a new state and never mutates or throws
 * on bad input (unknown ids, wrong answer kinds, a finished run, a corrupted stored state); it
 * returns `{ ok: false, error }` instead. Same pack + scenario + answers → same state.
 */
import type { Effects, Next, Pack, Scenario, Step } from '$lib/packs/schema';
import { parseAnswer, type Answer } from './answers';
import { evaluate, type ConditionContext } from './conditions';
import { assertNever } from './questions';
import { clamp, percentOf, round2 } from './score';
import {
	parseRunState,
	MAX_HISTORY,
	RUN_STATE_VERSION,
	type HistoryEntry,
	type RunState
} from './state';
import { isStepScoreError, scoreStep, type StepScore } from './steps';
import { gradeForPercent, isTimeUp, timingFor, unansweredMax, type Clock } from './timer';

export type EngineError =
	| { code: 'unknown-scenario'; scenarioId: string }
	| { code: 'unknown-step'; stepId: string }
	| { code: 'pack-mismatch'; expected: string; got: string }
	| { code: 'invalid-state' }
	| { code: 'finished' }
	| { code: 'time-up' }
	| { code: 'not-expired' }
	| { code: 'invalid-answer' }
	| { code: 'wrong-kind'; expected: Answer['kind']; got: Answer['kind'] }
	| { code: 'unknown-choice'; choiceId: string }
	| { code: 'no-transition'; stepId: string }
	| { code: 'too-long'; limit: number }
	| { code: 'bad-index'; index: number }
	/** Replaying stored answers failed at `index` (e.g. the pack changed since). */
	| { code: 'replay-failed'; index: number; cause: EngineError };

export type RunResult = { ok: true; state: RunState } | { ok: false; error: EngineError };
export type AnswerResult =
	| {
			ok: true;
			state: RunState;
			/** The score of the step just answered; null for a briefing. */
			score: StepScore | null;
	  }
	| { ok: false; error: EngineError };

const fail = (error: EngineError) => ({ ok: false as const, error });

export function findScenario(pack: Pack, scenarioId: string): Scenario | undefined {
	return pack.scenarios.find((s) => s.id === scenarioId);
}

function stepOf(scenario: Scenario, stepId: string): Step | undefined {
	return Object.hasOwn(scenario.steps, stepId) ? scenario.steps[stepId] : undefined;
}

const noNegativeZero = (n: number) => (n === 0 ? 0 : n);

/** Puts the run on `stepId`, finishing it if that step is an ending. */
function arrive(state: RunState, stepId: string, step: Step): RunState {
	if (step.kind !== 'ending') return { ...state, stepId, status: 'playing', ending: null };
	return {
		...state,
		stepId,
		status: 'finished',
		ending: { stepId, outcome: step.outcome, grade: step.grade }
	};
}

export interface StartOptions {
	/** Starts at this step instead of the scenario's start (the editor's play-test from a step). */
	from?: string;
	/** When the run starts: with it, the pack's time limit (if any) applies to the run. */
	clock?: Clock;
}

export function startRun(pack: Pack, scenarioId: string, options: StartOptions = {}): RunResult {
	const scenario = findScenario(pack, scenarioId);
	if (!scenario) return fail({ code: 'unknown-scenario', scenarioId });
	const startId = options.from ?? scenario.start;
	const first = stepOf(scenario, startId);
	if (!first) return fail({ code: 'unknown-step', stepId: startId });
	const vars: Record<string, number> = {};
	for (const [name, variable] of Object.entries(scenario.variables)) {
		vars[name] = noNegativeZero(clamp(variable.initial, variable.min, variable.max));
	}
	const state: RunState = {
		version: RUN_STATE_VERSION,
		packId: pack.id,
		packVersion: pack.version,
		scenarioId,
		status: 'playing',
		stepId: startId,
		vars,
		history: [],
		points: 0,
		max: 0,
		ending: null
	};
	const timing = options.clock && timingFor(pack, options.clock);
	if (timing) state.timing = timing;
	return { ok: true, state: arrive(state, startId, first) };
}

/** The step the learner is on (the ending once finished), or null if the state does not fit the pack. */
export function currentStep(pack: Pack, state: RunState): { id: string; step: Step } | null {
	const scenario = findScenario(pack, state.scenarioId);
	const step = scenario && stepOf(scenario, state.stepId);
	return step ? { id: state.stepId, step } : null;
}

/** `set` first, then `add`; results are clamped to each variable's [min, max]. */
export function applyEffects(
	scenario: Scenario,
	vars: Readonly<Record<string, number>>,
	effects: Effects | undefined
): Record<string, number> {
	const out = { ...vars };
	if (!effects) return out;
	const update = (name: string, value: number) => {
		const variable = Object.hasOwn(scenario.variables, name) ? scenario.variables[name] : undefined;
		if (variable) out[name] = noNegativeZero(clamp(value, variable.min, variable.max));
	};
	for (const [name, value] of Object.entries(effects.set ?? {})) update(name, value);
	for (const [name, value] of Object.entries(effects.add ?? {}))
		update(name, (out[name] ?? 0) + value);
	return out;
}

/** The target of `next`: the id itself, or the first transition whose condition holds. */
export function resolveNext(next: Next, ctx: ConditionContext): string | null {
	if (typeof next === 'string') return next;
	for (const transition of next) {
		if (!transition.when || evaluate(transition.when, ctx)) return transition.to;
	}
	return null;
}

/** The `next` that applies after answering `step` (a choice's own `next` wins). */
function nextOf(step: Step, answer: Answer): Next | undefined {
	switch (step.kind) {
		case 'decision': {
			const choice =
				answer.kind === 'decision' ? step.choices.find((c) => c.id === answer.choiceId) : undefined;
			return choice?.next ?? step.next;
		}
		case 'briefing':
		case 'partners':
		case 'ordering':
		case 'question':
			return step.next;
		case 'ending':
			return undefined;
		default:
			return assertNever(step);
	}
}

/**
 * Answers the current step and moves on. `input` is checked: it may come straight from the UI.
 * With `now`, an answer given after the run's deadline is refused ('time-up': call expireRun).
 */
export function answer(pack: Pack, state: RunState, input: unknown, now?: number): AnswerResult {
	if (state.packId !== pack.id) {
		return fail({ code: 'pack-mismatch', expected: state.packId, got: pack.id });
	}
	if (state.status === 'finished') return fail({ code: 'finished' });
	if (now !== undefined && isTimeUp(state, now)) return fail({ code: 'time-up' });
	const scenario = findScenario(pack, state.scenarioId);
	if (!scenario) return fail({ code: 'unknown-scenario', scenarioId: state.scenarioId });
	const step = stepOf(scenario, state.stepId);
	if (!step) return fail({ code: 'unknown-step', stepId: state.stepId });
	if (step.kind === 'ending') return fail({ code: 'finished' });
	if (state.history.length >= MAX_HISTORY) return fail({ code: 'too-long', limit: MAX_HISTORY });
	const given = parseAnswer(input);
	if (!given) return fail({ code: 'invalid-answer' });

	let score: StepScore | null = null;
	let vars = state.vars;
	if (step.kind === 'briefing') {
		if (given.kind !== 'continue')
			return fail({ code: 'wrong-kind', expected: 'continue', got: given.kind });
	} else {
		const scored = scoreStep(step, given);
		if (isStepScoreError(scored)) {
			return fail(scored.code === 'not-scorable' ? { code: 'invalid-answer' } : scored);
		}
		score = scored;
		if (step.kind === 'decision' && given.kind === 'decision') {
			const choice = step.choices.find((c) => c.id === given.choiceId);
			vars = applyEffects(scenario, vars, choice?.effects);
		}
	}

	const entry: HistoryEntry = {
		stepId: state.stepId,
		answer: given,
		points: score?.points ?? 0,
		max: score?.max ?? 0,
		correct: score?.correct ?? true,
		partial: score?.partial ?? false,
		scored: score !== null
	};
	const history = [...state.history, entry];
	const points = round2(state.points + entry.points);
	const max = round2(state.max + entry.max);

	const next = nextOf(step, given);
	const ctx: ConditionContext = { scenario, vars, history, points, max };
	const to = next === undefined ? null : resolveNext(next, ctx);
	if (to === null) return fail({ code: 'no-transition', stepId: state.stepId });
	const target = stepOf(scenario, to);
	if (!target) return fail({ code: 'unknown-step', stepId: to });

	const moved = arrive({ ...state, vars, history, points, max }, to, target);
	return { ok: true, state: moved, score };
}

/** Plays `answers` from the start of the scenario (or from `options.from`). */
export function replay(
	pack: Pack,
	scenarioId: string,
	answers: readonly unknown[],
	options: StartOptions = {}
): RunResult {
	const started = startRun(pack, scenarioId, options);
	if (!started.ok) return started;
	let state = started.state;
	for (let index = 0; index < answers.length; index++) {
		const result = answer(pack, state, answers[index]);
		if (!result.ok) return fail({ code: 'replay-failed', index, cause: result.error });
		state = result.state;
	}
	return { ok: true, state };
}

/**
 * Goes back to the step answered at `historyIndex` ("replay from this decision"): the answers
 * before it are replayed, so variables and score are exactly as they were then.
 */
export function rewindTo(
	pack: Pack,
	state: RunState,
	historyIndex: number,
	/** A replay is a new attempt: with a clock, it gets the whole time limit again. */
	clock?: Clock
): RunResult {
	if (!Number.isInteger(historyIndex) || historyIndex < 0 || historyIndex > state.history.length) {
		return fail({ code: 'bad-index', index: historyIndex });
	}
	const answers = state.history.slice(0, historyIndex).map((h) => h.answer);
	// The first step shown: the scenario's start, or the step a play-test began at.
	const from = state.history[0]?.stepId ?? state.stepId;
	return replay(pack, state.scenarioId, answers, { from, clock });
}

/**
 * Resumes a stored run: checks the stored data, then replays its answers against `pack`, so a
 * state saved with an older version of the pack is rebuilt (or refused) rather than trusted.
 */
export function resumeRun(pack: Pack, stored: unknown): RunResult {
	const state = parseRunState(stored);
	if (!state) return fail({ code: 'invalid-state' });
	if (state.packId !== pack.id) {
		return fail({ code: 'pack-mismatch', expected: state.packId, got: pack.id });
	}
	const replayed = replay(
		pack,
		state.scenarioId,
		state.history.map((h) => h.answer)
	);
	// The clock keeps running across reloads: the stored deadline stands, it is not restarted.
	if (!replayed.ok || !state.timing) return replayed;
	const resumed = { ...replayed.state, timing: state.timing };
	return state.timeUp ? expireRun(pack, resumed, state.timeUp.at) : { ok: true, state: resumed };
}

/**
 * Ends a run whose time ran out (see timer.ts for the rule): the step on screen counts as
 * unanswered, the outcome is a failure and the grade follows the percent reached.
 */
export function expireRun(pack: Pack, state: RunState, now: number): RunResult {
	if (state.status === 'finished') return fail({ code: 'finished' });
	if (!isTimeUp(state, now)) return fail({ code: 'not-expired' });
	const scenario = findScenario(pack, state.scenarioId);
	if (!scenario) return fail({ code: 'unknown-scenario', scenarioId: state.scenarioId });
	const step = stepOf(scenario, state.stepId);
	if (!step) return fail({ code: 'unknown-step', stepId: state.stepId });
	const max = unansweredMax(step);
	const percent = percentOf(state.points, round2(state.max + max));
	return {
		ok: true,
		state: {
			...state,
			status: 'finished',
			ending: { stepId: state.stepId, outcome: 'failure', grade: gradeForPercent(percent) },
			// The deadline, not the moment the app noticed: a phone asleep past it changes nothing.
			timeUp: { at: state.timing!.deadline!, stepId: state.stepId, max }
		}
	};
}
