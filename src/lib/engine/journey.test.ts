import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, type Pack, type PackInput } from '$lib/packs/schema';
import { makePack, makeScenario, t } from '../../../tests/factories/packs';
import { progressRatio, remainingSteps, steadyProgress, successors } from './journey';
import { replay } from './scenario';

const pack = v.parse(PackSchema, makePack());
const scenario = pack.scenarios[0]!;

const briefing = (next: string) => ({ kind: 'briefing' as const, text: t('…'), next });
const ending = {
	kind: 'ending' as const,
	outcome: 'success' as const,
	grade: 'A' as const,
	text: t('Fin')
};
const decision = (choices: { id: string; next: string }[]) => ({
	kind: 'decision' as const,
	text: t('?'),
	choices: choices.map((c, i) => ({
		...c,
		label: t(c.id),
		points: i === 0 ? 1 : 0,
		consequence: t('…')
	})),
	explanation: t('…'),
	citation: (makeScenario().steps.decide as { citation: { source: string; quote: string } })
		.citation
});

/** A scenario whose steps are given; the rest comes from the factory. */
function scenarioWith(
	steps: NonNullable<PackInput['scenarios']>[number]['steps'],
	start = 'a'
): Pack {
	const base = makePack();
	base.scenarios = [{ ...makeScenario(), variables: {}, start, steps }];
	return v.parse(PackSchema, base);
}

describe('successors', () => {
	it('lists the step next, every choice next and every transition target once', () => {
		expect(successors(scenario.steps.decide!).sort()).toEqual(['end-bad', 'partners']);
		expect(successors(scenario.steps.quiz!).sort()).toEqual(['end-bad', 'end-good', 'end-mid']);
		expect(successors(scenario.steps['end-good']!)).toEqual([]);
	});
});

describe('remainingSteps', () => {
	it('counts the longest way to an ending on a branching graph', () => {
		const left = remainingSteps(scenario);
		// brief → decide → partners → order → quiz → ending: five steps to answer.
		expect(left.get('brief')).toBe(5);
		expect(left.get('decide')).toBe(4);
		expect(left.get('partners')).toBe(3);
		expect(left.get('quiz')).toBe(1);
		expect(left.get('end-bad')).toBe(0);
	});

	it('stays finite on a loop and still counts the way out', () => {
		// a → b → c, c loops back to a or ends; the loop's closing edge is not counted.
		const looping = scenarioWith({
			a: briefing('b'),
			b: briefing('c'),
			c: decision([
				{ id: 'again', next: 'a' },
				{ id: 'stop', next: 'end' }
			]),
			end: ending
		}).scenarios[0]!;
		const left = remainingSteps(looping);
		expect([left.get('a'), left.get('b'), left.get('c'), left.get('end')]).toEqual([3, 2, 1, 0]);
	});

	it('handles a self loop and a longer branch after a short one', () => {
		const graph = scenarioWith({
			a: decision([
				{ id: 'short', next: 'end' },
				{ id: 'long', next: 'b' },
				{ id: 'stay', next: 'a' }
			]),
			b: briefing('c'),
			c: briefing('end'),
			end: ending
		}).scenarios[0]!;
		expect(remainingSteps(graph).get('a')).toBe(3);
	});
});

describe('progressRatio and steadyProgress', () => {
	it('grows along a run and reaches 1 at the ending', () => {
		const answers = [
			{ kind: 'continue' },
			{ kind: 'decision', choiceId: 'share' },
			{ kind: 'partners', actors: ['federal-police'] },
			{ kind: 'ordering', order: ['first', 'second'] },
			{ kind: 'truefalse', value: true }
		];
		const ratios = answers.map((_, n) => {
			const run = replay(pack, scenario.id, answers.slice(0, n));
			if (!run.ok) throw new Error('replay');
			return progressRatio(scenario, run.state);
		});
		expect(ratios[0]).toBe(0);
		expect(ratios).toEqual([...ratios].sort((x, y) => x - y));
		const done = replay(pack, scenario.id, answers);
		expect(done.ok && progressRatio(scenario, done.state)).toBe(1);
		// A short cut to an ending also fills the bar.
		const early = replay(pack, scenario.id, [answers[0], { kind: 'decision', choiceId: 'keep' }]);
		expect(early.ok && progressRatio(scenario, early.state)).toBe(1);
	});

	it('never goes back when a loop lengthens the way ahead, but starts over on a replay', () => {
		const looping = scenarioWith({
			a: briefing('b'),
			b: briefing('c'),
			c: decision([
				{ id: 'again', next: 'a' },
				{ id: 'stop', next: 'end' }
			]),
			end: ending
		});
		const s = looping.scenarios[0]!;
		const go = { kind: 'continue' };
		const path = [go, go, { kind: 'decision', choiceId: 'again' }, go];
		let shown = null;
		const seen: number[] = [];
		for (let n = 0; n <= path.length; n++) {
			const run = replay(looping, s.id, path.slice(0, n));
			if (!run.ok) throw new Error('replay');
			const raw = progressRatio(s, run.state);
			shown = steadyProgress(shown, n, raw);
			seen.push(shown.ratio);
		}
		// Back on `a` after the loop the raw figure drops (3 taken, 3 left); the shown one does not.
		expect(seen).toEqual([...seen].sort((x, y) => x - y));
		expect(seen.at(-1)).toBeGreaterThan(0.5);
		expect(steadyProgress(shown, 1, 0.2)).toEqual({ taken: 1, ratio: 0.2 });
	});
});
