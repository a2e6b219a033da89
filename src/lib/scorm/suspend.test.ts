import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bestStepAnswer, replay, startRun, answer as play, type Answer } from '$lib/engine';
import { PackSchema, type Pack, type PackInput } from '$lib/packs/schema';
import { FACTORY_QUOTE, FACTORY_SOURCE, makePack, t } from '../../../tests/factories/packs';

type ScenarioInput = NonNullable<PackInput['scenarios']>[number];
import { LIMITS } from './cmi';
import { decodeSuspend, encodeSuspend, SUSPEND_VERSION, type Suspended } from './suspend';

const ACTORS = ['federal-police', 'local-police', 'ccb', 'ocam', 'immigration-office', 'adiv'];

/** A 40-step scenario of the kinds whose answers are longest: partners and ordering with long ids. */
function longScenario(): ScenarioInput {
	const steps: ScenarioInput['steps'] = {};
	for (let i = 0; i < 40; i++) {
		const id = `step-${String(i).padStart(2, '0')}-with-a-rather-long-identifier`;
		const next =
			i === 39 ? 'the-end' : `step-${String(i + 1).padStart(2, '0')}-with-a-rather-long-identifier`;
		const citation = { source: FACTORY_SOURCE, quote: FACTORY_QUOTE };
		const scored = { text: t(`Étape ${i}`), explanation: t('Pourquoi'), citation, next };
		steps[id] =
			i % 2 === 0
				? {
						...scored,
						kind: 'partners',
						options: ACTORS.map((actor, k) => ({
							actor,
							rating: k < 2 ? 'essential' : k < 4 ? 'useful' : 'inappropriate',
							explanation: t('Parce que')
						}))
					}
				: {
						...scored,
						kind: 'ordering',
						items: Array.from({ length: 8 }, (_, k) => ({
							id: `item-${k}-of-step-${i}-which-has-a-long-id`,
							text: t(`Élément ${k}`)
						}))
					};
	}
	steps['the-end'] = {
		kind: 'ending',
		outcome: 'success',
		grade: 'A',
		title: t('Fin'),
		text: t('Fin')
	};
	return {
		...makePack().scenarios![0]!,
		id: 'forty',
		start: Object.keys(steps)[0]!,
		steps,
		variables: {}
	};
}

describe('suspend_data', () => {
	it('round-trips a state as plain JSON when it fits', () => {
		const state: Suspended = { v: SUSPEND_VERSION, s: 'x', a: [{ kind: 'continue' }], t: 5 };
		const text = encodeSuspend(state, 4_096)!;
		expect(text.startsWith('J')).toBe(true);
		expect(decodeSuspend(text)).toEqual(state);
	});

	it('a 40-step scenario played to the end fits SCORM 1.2’s 4,096 characters, and resumes exactly', () => {
		const input: PackInput = makePack({ scenarios: [longScenario()] });
		const pack: Pack = v.parse(PackSchema, input);
		let run = startRun(pack, 'forty');
		const answers: Answer[] = [];
		while (run.ok && run.state.status === 'playing') {
			const step = pack.scenarios[0]!.steps[run.state.stepId]!;
			// Everything picked, reversed orders: the longest answers a learner can give.
			const given: Answer =
				step.kind === 'partners'
					? { kind: 'partners', actors: [...ACTORS] }
					: step.kind === 'ordering'
						? { kind: 'ordering', order: step.items.map((i) => i.id).reverse() }
						: bestStepAnswer(step)!;
			answers.push(given);
			const result = play(pack, run.state, given);
			run = result.ok ? { ok: true, state: result.state } : run;
			if (!result.ok) throw new Error('answer refused');
		}
		expect(answers).toHaveLength(40);
		const plain = JSON.stringify({ v: SUSPEND_VERSION, s: 'forty', a: answers, t: 1 });
		expect(plain.length).toBeGreaterThan(LIMITS['1.2'].suspend); // so compression is what makes it fit
		const text = encodeSuspend(
			{ v: SUSPEND_VERSION, s: 'forty', a: answers, t: 1 },
			LIMITS['1.2'].suspend
		);
		expect(text).not.toBeNull();
		expect(text!.length).toBeLessThanOrEqual(4_096);
		expect(text!.startsWith('Z')).toBe(true);
		const back = decodeSuspend(text!)!;
		const resumed = replay(pack, 'forty', back.a);
		expect(resumed.ok && run.ok && resumed.state).toEqual(run.ok && { ...run.state });
	});

	it('says when a state cannot fit, instead of writing a truncated one', () => {
		const noise = Array.from({ length: 3_000 }, (_, i) => `${(i * 7919) % 1000003}-${i * 31}`);
		expect(encodeSuspend({ v: SUSPEND_VERSION, s: 'x', a: noise }, 4_096)).toBeNull();
	});

	it('ignores data another tool left, or damaged data', () => {
		expect(decodeSuspend('')).toBeNull();
		expect(decodeSuspend('viewed=1,2,3|last=4')).toBeNull();
		expect(decodeSuspend('Z!!!not base64')).toBeNull();
		expect(decodeSuspend('J{"v":99,"s":"x","a":[]}')).toBeNull();
	});
});
