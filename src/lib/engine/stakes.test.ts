import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema } from '$lib/packs/schema';
import { makePack, makeScenario, t } from '../../../tests/factories/packs';
import { replay } from './scenario';
import { lastChanges, shownChanges, shownVariables, varsTrail } from './stakes';

function stakesPack() {
	const input = makePack();
	const scenario = makeScenario();
	scenario.variables = {
		trust: { initial: 2, min: 0, max: 5, label: t('Confiance'), shown: true },
		hidden: { initial: 9, min: 0, max: 3, label: t('Compteur') }
	};
	input.scenarios = [scenario];
	return v.parse(PackSchema, input);
}
const pack = stakesPack();
const scenario = pack.scenarios[0]!;
const play = (answers: unknown[]) => {
	const run = replay(pack, scenario.id, answers);
	if (!run.ok) throw new Error(JSON.stringify(run.error));
	return run.state;
};

describe('stakes', () => {
	it('lists only the variables marked shown', () => {
		expect(shownVariables(scenario).map((s) => s.name)).toEqual(['trust']);
	});

	it('rebuilds the values after each step, clamped, ending on the run state', () => {
		const state = play([{ kind: 'continue' }, { kind: 'decision', choiceId: 'keep' }]);
		const trail = varsTrail(scenario, state);
		expect(trail).toEqual([
			{ trust: 2, hidden: 3 },
			{ trust: 2, hidden: 3 },
			{ trust: 0, hidden: 3 }
		]);
		expect(trail.at(-1)).toEqual(state.vars);
	});

	it('says what the last answer changed, and nothing before the first answer', () => {
		expect(lastChanges(scenario, play([]))).toEqual([]);
		expect(lastChanges(scenario, play([{ kind: 'continue' }]))).toEqual([]);
		const changes = lastChanges(
			scenario,
			play([{ kind: 'continue' }, { kind: 'decision', choiceId: 'share' }])
		);
		expect(changes).toMatchObject([{ name: 'trust', delta: 1 }]);
		expect(shownChanges(scenario, { trust: 3, hidden: 0 }, { trust: 3, hidden: 2 })).toEqual([]);
	});
});
