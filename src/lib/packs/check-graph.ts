/**
 * Reachability over a scenario's step graph. Every transition counts as possible (conditions are
 * not evaluated), so this finds steps that can never be shown and steps that can never finish.
 */
import type { CheckContext } from './context.ts';
import type { PathSegment } from './issues.ts';
import type { Scenario } from './schema.ts';

export interface Edge {
	from: string;
	to: string;
}

export const MIN_ENDINGS = 3;

export function closure(
	startIds: Iterable<string>,
	adjacency: ReadonlyMap<string, string[]>
): Set<string> {
	const seen = new Set<string>(startIds);
	const queue = [...seen];
	while (queue.length) {
		for (const next of adjacency.get(queue.pop()!) ?? []) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return seen;
}

export function adjacencyOf(edges: readonly Edge[], reverse: boolean): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const { from, to } of edges) {
		const [a, b] = reverse ? [to, from] : [from, to];
		const list = map.get(a);
		if (list) list.push(b);
		else map.set(a, [b]);
	}
	return map;
}

export function checkGraph(
	ctx: CheckContext,
	scenario: Scenario,
	edges: readonly Edge[],
	path: readonly PathSegment[]
): void {
	const ids = Object.keys(scenario.steps);
	const forward = adjacencyOf(edges, false);
	const endings = ids.filter((id) => scenario.steps[id]!.kind === 'ending');
	const reachable = Object.hasOwn(scenario.steps, scenario.start)
		? closure([scenario.start], forward)
		: new Set<string>();
	const canFinish = closure(endings, adjacencyOf(edges, true));

	for (const id of ids) {
		const at = [...path, 'steps', id];
		if (reachable.size > 0 && !reachable.has(id)) {
			ctx.report(at, 'graph.unreachable', { step: id });
		} else if (!canFinish.has(id)) {
			// Inside a cycle when the step can come back to itself.
			const loops = closure(forward.get(id) ?? [], forward).has(id);
			ctx.report(at, loops ? 'graph.loop' : 'graph.no-ending', { step: id });
		}
	}

	const reachableEndings = endings.filter((id) => reachable.has(id)).length;
	if (reachableEndings < MIN_ENDINGS) {
		ctx.report(
			[...path, 'steps'],
			'graph.too-few-endings',
			{ count: reachableEndings, min: MIN_ENDINGS },
			ctx.builtIn ? 'error' : 'warning'
		);
	}
}
