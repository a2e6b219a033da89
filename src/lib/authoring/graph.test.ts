import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import type { ScenarioDraft } from './templates';

const t = { fr: 'x', nl: 'x' };
function scenario(steps: Record<string, unknown>, start = 'a'): ScenarioDraft {
	return { id: 's', title: t, summary: t, difficulty: 'beginner', start, steps } as ScenarioDraft;
}
const end = { kind: 'ending', outcome: 'success', grade: 'A', text: t };

describe('scenario graph', () => {
	it('turns next and choices into edges, rows by distance from the start', () => {
		const g = buildGraph(
			scenario({
				a: { kind: 'briefing', text: t, next: 'b' },
				b: {
					kind: 'decision',
					choices: [
						{ id: 'ok', next: 'win' },
						{ id: 'no', next: [{ when: { var: 'x', gte: 1 }, to: 'lose' }, { to: 'win' }] }
					]
				},
				win: end,
				lose: { ...end, outcome: 'failure' }
			})
		);
		expect(g.edges).toEqual([
			{ from: 'a', to: 'b', conditional: false },
			{ from: 'b', to: 'win', conditional: false, choice: 'ok' },
			{ from: 'b', to: 'lose', conditional: true, choice: 'no' },
			{ from: 'b', to: 'win', conditional: false, choice: 'no' }
		]);
		expect(g.nodes.map((n) => [n.id, n.row, n.col])).toEqual([
			['a', 0, 0],
			['b', 1, 0],
			['win', 2, 0],
			['lose', 2, 1]
		]);
		expect(g.rows).toBe(3);
		expect(g.cols).toBe(2);
		expect(g.nodes.find((n) => n.id === 'a')).toMatchObject({ start: true, deadEnd: false });
		expect(g.nodes.filter((n) => n.ending).map((n) => n.id)).toEqual(['win', 'lose']);
	});

	it('marks unreachable steps (last row), dead ends and loops, and broken next', () => {
		const g = buildGraph(
			scenario({
				a: { kind: 'briefing', next: 'loop' },
				loop: { kind: 'briefing', next: 'a' },
				orphan: { kind: 'briefing', next: 'end' },
				broken: { kind: 'briefing', next: 'nowhere' },
				end
			})
		);
		const byId = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
		expect(byId.a).toMatchObject({ deadEnd: true, unreachable: false, row: 0 });
		expect(byId.loop).toMatchObject({ deadEnd: true, row: 1 });
		expect(byId.orphan).toMatchObject({ unreachable: true, deadEnd: false, row: 2 });
		expect(byId.broken).toMatchObject({ unreachable: true, brokenNext: true });
		expect(byId.end).toMatchObject({ unreachable: true, ending: true });
	});

	it('a decision with choices lacking next falls back on the step next', () => {
		const g = buildGraph(
			scenario({
				a: { kind: 'decision', choices: [{ id: 'c1' }, { id: 'c2', next: 'e' }] },
				e: end
			})
		);
		expect(g.nodes[0]!.brokenNext).toBe(true);
		expect(g.edges).toEqual([{ from: 'a', to: 'e', conditional: false, choice: 'c2' }]);
	});

	it('tolerates an empty or missing scenario', () => {
		expect(buildGraph(undefined)).toEqual({ nodes: [], edges: [], rows: 0, cols: 0 });
		expect(buildGraph(scenario({}, 'x')).nodes).toEqual([]);
	});
});
