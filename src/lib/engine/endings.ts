/**
 * Endings to discover: which endings of a scenario the learner has reached and the best grade,
 * derived from the stored states of finished runs (no stored record of its own).
 */
import { GRADES, type EndingStep, type Pack, type Scenario } from '$lib/packs/schema';
import { recordKey } from './record-key';

export type Grade = (typeof GRADES)[number];

export interface EndingInfo {
	id: string;
	step: EndingStep;
}

export interface ScenarioRecord {
	/** Finished plays (time-ups included). */
	plays: number;
	bestGrade: Grade | null;
	/** Every ending of the scenario, in the pack's order. */
	endings: EndingInfo[];
	/** The ids of those reached at least once. */
	discovered: ReadonlySet<string>;
}

export function endingsOf(scenario: Scenario): EndingInfo[] {
	return Object.entries(scenario.steps).flatMap(([id, step]) =>
		step.kind === 'ending' ? [{ id, step }] : []
	);
}

/** The ending a stored run state reached, read defensively: stored data is not trusted. */
function endingOf(state: unknown): { stepId: string; grade: Grade } | null {
	if (typeof state !== 'object' || state === null) return null;
	const ending = (state as { ending?: unknown }).ending;
	if (typeof ending !== 'object' || ending === null) return null;
	const { stepId, grade } = ending as { stepId?: unknown; grade?: unknown };
	if (typeof stepId !== 'string' || !GRADES.includes(grade as Grade)) return null;
	return { stepId, grade: grade as Grade };
}

/** What the learner has reached in `scenario`, from the states of its finished runs. */
export function scenarioRecord(scenario: Scenario, finished: readonly unknown[]): ScenarioRecord {
	const endings = endingsOf(scenario);
	const ids = new Set(endings.map((e) => e.id));
	const discovered = new Set<string>();
	let best: Grade | null = null;
	let plays = 0;
	for (const state of finished) {
		const ending = endingOf(state);
		if (!ending) continue;
		plays++;
		if (best === null || GRADES.indexOf(ending.grade) < GRADES.indexOf(best)) best = ending.grade;
		// A time-up "ending" is the step the clock stopped on: not an ending to discover.
		if (ids.has(ending.stepId)) discovered.add(ending.stepId);
	}
	return { plays, bestGrade: best, endings, discovered };
}

/** Every scenario's record, from a profile's finished runs (any kind: only scenario runs count). */
export function recordsByScenario(
	packs: readonly Pack[],
	finished: readonly { kind: string; packId: string; scenarioId?: string; state: unknown }[]
): Map<string, ScenarioRecord> {
	const states = new Map<string, unknown[]>();
	for (const run of finished) {
		if (run.kind !== 'scenario' || run.scenarioId === undefined) continue;
		const key = recordKey(run.packId, run.scenarioId);
		states.set(key, [...(states.get(key) ?? []), run.state]);
	}
	const out = new Map<string, ScenarioRecord>();
	for (const pack of packs) {
		for (const scenario of pack.scenarios) {
			const key = recordKey(pack.id, scenario.id);
			out.set(key, scenarioRecord(scenario, states.get(key) ?? []));
		}
	}
	return out;
}

/** `known` and one more ending: a new set, so a reactive holder sees the change. */
export function withDiscovered(known: ReadonlySet<string>, id: string): ReadonlySet<string> {
	return new Set([...known, id]);
}
