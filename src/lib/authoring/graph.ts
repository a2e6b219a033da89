/**
 * The scenario as a graph for the editor: steps are nodes, `next`s and choices are edges, with
 * the same reachability rules as the validator (every transition counts as possible). Works on
 * drafts, so it tolerates missing fields and targets that do not exist yet.
 */
import { adjacencyOf, closure, type Edge } from '$lib/packs/check-graph';
import type { ScenarioDraft } from './templates';

export interface GraphEdge extends Edge {
	/** The choice id for a decision's choice, else undefined. */
	choice?: string;
	/** The transition has a `when` condition. */
	conditional: boolean;
}

export interface GraphNode {
	id: string;
	kind: string;
	start: boolean;
	ending: boolean;
	/** Not reachable from the start. */
	unreachable: boolean;
	/** Reachable, but no ending can be reached from it. */
	deadEnd: boolean;
	/** Some `next` names a step that does not exist (or is empty). */
	brokenNext: boolean;
	/** Layout: row (distance from the start) and column. */
	row: number;
	col: number;
}

export interface ScenarioGraph {
	nodes: GraphNode[];
	edges: GraphEdge[];
	rows: number;
	cols: number;
}

type Targets = Array<{ to: string; conditional: boolean }>;

function targetsOf(next: unknown): Targets {
	if (typeof next === 'string') return [{ to: next, conditional: false }];
	if (!Array.isArray(next)) return [];
	return next
		.filter((t): t is { to: unknown; when?: unknown } => typeof t === 'object' && t !== null)
		.map((t) => ({ to: typeof t.to === 'string' ? t.to : '', conditional: t.when !== undefined }));
}

function stepEdges(
	id: string,
	step: Record<string, unknown>
): { edges: GraphEdge[]; needsNext: boolean } {
	const edges: GraphEdge[] = [];
	if (step.kind === 'ending') return { edges, needsNext: false };
	const choices = step.kind === 'decision' && Array.isArray(step.choices) ? step.choices : [];
	let fallsThrough = choices.length === 0;
	for (const choice of choices as Array<Record<string, unknown>>) {
		if (choice.next === undefined) {
			fallsThrough = true;
			continue;
		}
		for (const t of targetsOf(choice.next)) {
			edges.push({
				from: id,
				to: t.to,
				conditional: t.conditional,
				choice: String(choice.id ?? '')
			});
		}
	}
	if (fallsThrough) {
		for (const t of targetsOf(step.next))
			edges.push({ from: id, to: t.to, conditional: t.conditional });
	}
	return { edges, needsNext: fallsThrough && step.next === undefined };
}

export function buildGraph(scenario: ScenarioDraft | undefined): ScenarioGraph {
	const steps = (scenario?.steps ?? {}) as Record<string, Record<string, unknown>>;
	const ids = Object.keys(steps);
	const exists = (id: string) => Object.hasOwn(steps, id);
	const edges: GraphEdge[] = [];
	const broken = new Set<string>();
	for (const id of ids) {
		const found = stepEdges(id, steps[id] ?? {});
		if (found.needsNext) broken.add(id);
		for (const edge of found.edges) {
			if (exists(edge.to)) edges.push(edge);
			else broken.add(id);
		}
	}
	const forward = adjacencyOf(edges, false);
	const start = scenario?.start ?? '';
	const reachable = exists(start) ? closure([start], forward) : new Set<string>();
	const endings = ids.filter((id) => steps[id]?.kind === 'ending');
	const canFinish = closure(endings, adjacencyOf(edges, true));

	// Rows: breadth-first distance from the start; unreachable steps go in a last row.
	const depth = new Map<string, number>();
	if (exists(start)) depth.set(start, 0);
	const queue = exists(start) ? [start] : [];
	while (queue.length) {
		const id = queue.shift()!;
		for (const next of forward.get(id) ?? []) {
			if (!depth.has(next)) {
				depth.set(next, depth.get(id)! + 1);
				queue.push(next);
			}
		}
	}
	const lastRow = Math.max(-1, ...depth.values()) + 1;
	const perRow = new Map<number, number>();
	const nodes = ids.map((id): GraphNode => {
		const row = depth.get(id) ?? lastRow;
		const col = perRow.get(row) ?? 0;
		perRow.set(row, col + 1);
		const ending = steps[id]?.kind === 'ending';
		return {
			id,
			kind: String(steps[id]?.kind ?? ''),
			start: id === start,
			ending,
			unreachable: !reachable.has(id),
			deadEnd: reachable.has(id) && !canFinish.has(id),
			brokenNext: broken.has(id),
			row,
			col
		};
	});
	return {
		nodes,
		edges,
		rows: nodes.length ? Math.max(...nodes.map((n) => n.row)) + 1 : 0,
		cols: Math.max(0, ...perRow.values())
	};
}
