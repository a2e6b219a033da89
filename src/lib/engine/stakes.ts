/**
 * Visible stakes: the scenario variables a pack marks `shown`, their values after each answered
 * step, and what the last answer changed. Derived from the run's history (effects replayed from the
 * initial values), so nothing new is stored and old runs show their evolution too.
 */
import type { Scenario, Step, Variable } from '$lib/packs/schema';
import { applyEffects } from './scenario';
import type { RunState } from './state';

export interface ShownVariable {
	name: string;
	variable: Variable;
}

export interface VariableChange {
	name: string;
	variable: Variable;
	delta: number;
}

export function shownVariables(scenario: Scenario): ShownVariable[] {
	return Object.entries(scenario.variables)
		.filter(([, variable]) => variable.shown)
		.map(([name, variable]) => ({ name, variable }));
}

function initialVars(scenario: Scenario): Record<string, number> {
	// An empty `set` still clamps nothing: applyEffects only touches the names it is given.
	const set = Object.fromEntries(
		Object.entries(scenario.variables).map(([name, variable]) => [name, variable.initial])
	);
	return applyEffects(scenario, {}, { set });
}

function effectsOf(step: Step | undefined, answer: RunState['history'][number]['answer']) {
	if (step?.kind !== 'decision' || answer.kind !== 'decision') return undefined;
	return step.choices.find((c) => c.id === answer.choiceId)?.effects;
}

/**
 * The variables before the first step (index 0) and after each answered step (index i + 1).
 * The engine applies effects the same way, so the last entry equals `state.vars`.
 */
export function varsTrail(scenario: Scenario, state: RunState): Record<string, number>[] {
	const trail = [initialVars(scenario)];
	for (const entry of state.history) {
		const step = Object.hasOwn(scenario.steps, entry.stepId)
			? scenario.steps[entry.stepId]
			: undefined;
		trail.push(applyEffects(scenario, trail.at(-1)!, effectsOf(step, entry.answer)));
	}
	return trail;
}

/** The shown variables that changed between two sets of values, in the pack's order. */
export function shownChanges(
	scenario: Scenario,
	before: Readonly<Record<string, number>>,
	after: Readonly<Record<string, number>>
): VariableChange[] {
	return shownVariables(scenario)
		.map(({ name, variable }) => ({
			name,
			variable,
			delta: Math.round(((after[name] ?? 0) - (before[name] ?? 0)) * 100) / 100
		}))
		.filter((change) => change.delta !== 0);
}

/** What the last answered step changed in the shown variables (empty before the first answer). */
export function lastChanges(scenario: Scenario, state: RunState): VariableChange[] {
	const trail = varsTrail(scenario, state);
	if (trail.length < 2) return [];
	return shownChanges(scenario, trail.at(-2)!, trail.at(-1)!);
}
