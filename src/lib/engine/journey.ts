/**
 * How far a run has come: steps taken against the longest way still left to an ending.
 *
 * Scenario graphs may loop (a step that sends the trainee back to gather more), where "longest
 * path" is unbounded and the longest simple path is costly to compute. The measure here drops the
 * edges that close a loop (back edges of a depth-first walk from the start), which leaves a DAG
 * whose longest paths take linear time; every step still reaches an ending in it when the pack is
 * valid. The figure shown never moves backwards within a run (see `steadyProgress`).
 */
import type { Next, Scenario, Step } from '$lib/packs/schema';
import { assertNever } from './questions';
import type { RunState } from './state';

function nextTargets(next: Next | undefined): string[] {
	if (next === undefined) return [];
	return typeof next === 'string' ? [next] : next.map((transition) => transition.to);
}

/** Every step that may follow `step`, whatever the answer and the conditions. */
export function successors(step: Step): string[] {
	switch (step.kind) {
		case 'decision':
			return [
				...new Set([
					...nextTargets(step.next),
					...step.choices.flatMap((choice) => nextTargets(choice.next))
				])
			];
		case 'briefing':
		case 'partners':
		case 'ordering':
		case 'question':
			return [...new Set(nextTargets(step.next))];
		case 'ending':
			return [];
		default:
			return assertNever(step);
	}
}

const cache = new WeakMap<Scenario, Map<string, number>>();

/** For each step, the most steps still to answer before an ending (0 on an ending). */
export function remainingSteps(scenario: Scenario): Map<string, number> {
	const known = cache.get(scenario);
	if (known) return known;
	const has = (id: string) => Object.hasOwn(scenario.steps, id);
	const edges = new Map<string, string[]>();
	const state = new Map<string, 'open' | 'done'>();
	// Iterative DFS (packs allow 300 steps: recursion depth is not a worry, but loops are).
	const walk = (root: string) => {
		const stack: { id: string; next: string[]; i: number }[] = [];
		const enter = (id: string) => {
			state.set(id, 'open');
			edges.set(id, []);
			stack.push({ id, next: successors(scenario.steps[id]!).filter(has), i: 0 });
		};
		enter(root);
		while (stack.length > 0) {
			const top = stack.at(-1)!;
			if (top.i >= top.next.length) {
				state.set(top.id, 'done');
				stack.pop();
				continue;
			}
			const to = top.next[top.i++]!;
			const seen = state.get(to);
			if (seen === 'open') continue; // a back edge: it closes a loop
			edges.get(top.id)!.push(to);
			if (seen === undefined) enter(to);
		}
	};
	if (has(scenario.start)) walk(scenario.start);
	for (const id of Object.keys(scenario.steps)) if (!state.has(id)) walk(id);

	// Longest path in the DAG, in reverse finishing order; a step that cannot reach an ending
	// counts its longest way anyway (the validator refuses such packs).
	const remaining = new Map<string, number>();
	const order: string[] = [];
	const visited = new Set<string>();
	for (const root of edges.keys()) {
		if (visited.has(root)) continue;
		const stack: { id: string; i: number }[] = [{ id: root, i: 0 }];
		visited.add(root);
		while (stack.length > 0) {
			const top = stack.at(-1)!;
			const out = edges.get(top.id)!;
			if (top.i < out.length) {
				const to = out[top.i++]!;
				if (!visited.has(to)) {
					visited.add(to);
					stack.push({ id: to, i: 0 });
				}
				continue;
			}
			order.push(top.id);
			stack.pop();
		}
	}
	for (const id of order) {
		const out = edges.get(id)!;
		remaining.set(id, out.length === 0 ? 0 : 1 + Math.max(...out.map((to) => remaining.get(to)!)));
	}
	cache.set(scenario, remaining);
	return remaining;
}

/** Steps taken and the most still to come, for the step the run is on. */
export function journey(scenario: Scenario, state: RunState): { taken: number; left: number } {
	const taken = state.history.length;
	const left = state.status === 'finished' ? 0 : (remainingSteps(scenario).get(state.stepId) ?? 0);
	return { taken, left };
}

/** The share of the scenario done, in [0, 1]: 1 once finished. */
export function progressRatio(scenario: Scenario, state: RunState): number {
	const { taken, left } = journey(scenario, state);
	return taken + left === 0 ? 0 : taken / (taken + left);
}

export interface SteadyProgress {
	/** History length when the figure was last computed: a shorter one means a replay. */
	taken: number;
	ratio: number;
}

/**
 * The figure to show: never below the one shown before in the same run (a loop or a longer branch
 * lengthens the way ahead, but the bar does not go back); a replay from an earlier step starts over.
 */
export function steadyProgress(
	previous: SteadyProgress | null,
	taken: number,
	ratio: number
): SteadyProgress {
	if (!previous || taken < previous.taken) return { taken, ratio };
	return { taken, ratio: Math.max(previous.ratio, ratio) };
}
