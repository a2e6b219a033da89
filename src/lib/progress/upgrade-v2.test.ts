import { describe, expect, it } from 'vitest';
import { V1_T0, v1Sample, writeV1Database } from '../../../tests/fixtures/progress/v1-database';
import { freshDbName, openTestDb } from '../../../tests/factories/progress';
import { rebuildCards } from './answers';
import { SCHEMA_VERSION } from './db';
import { getActiveProfile, listProfiles } from './profiles';
import { GLOBAL_SCOPE, getSetting } from './settings';

async function upgraded() {
	const name = freshDbName();
	await writeV1Database(name);
	const { db } = await openTestDb({ name });
	const profile = await getActiveProfile(db);
	return { db, profile };
}

describe('upgrade from schema v1', () => {
	it('opens at the current version with the v1 tables gone', async () => {
		const { db } = await upgraded();
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(db.tables.map((t) => t.name).sort()).toEqual(
			[
				'cards',
				'classResults',
				'classSessions',
				'drafts',
				'events',
				'packBodies',
				'packs',
				'profiles',
				'runs',
				'settings'
			].sort()
		);
	});

	it('gives everything to one default profile, made active', async () => {
		const { db, profile } = await upgraded();
		expect(await listProfiles(db)).toEqual([profile]);
		expect(profile.name).toBe('');
	});

	it('keeps every pack, with its source and question ids', async () => {
		const { db } = await upgraded();
		const packs = await db.packs.orderBy('id').toArray();
		expect(packs.map((p) => [p.id, p.version, p.source, p.installedAt])).toEqual([
			['pack-a', '1.0.0', 'builtin', V1_T0],
			['pack-b', '0.3.0', 'import', V1_T0 + 3_600_000]
		]);
		expect(packs[0]!.questionIds).toEqual(['q1', 'q2', 'q3']);
		expect((await db.packBodies.get(['pack-a', '1.0.0']))?.pack).toEqual(v1Sample().packs[0]!.pack);
	});

	it('keeps every run, in the new shape', async () => {
		const { db, profile } = await upgraded();
		const [finished, open] = await db.runs.orderBy('id').toArray();
		expect(finished).toMatchObject({
			kind: 'scenario',
			profileId: profile.id,
			scenarioId: 'scen-1',
			status: 'finished',
			startedAt: V1_T0,
			finishedAt: V1_T0 + 3_600_000,
			state: { step: 'end', score: 4 }
		});
		expect(open).toMatchObject({
			status: 'in-progress',
			state: { step: 's2', vars: { threat: 3 } }
		});
		expect(open!.finishedAt).toBeUndefined();
	});

	it('turns every answer into an event with a unique id', async () => {
		const { db, profile } = await upgraded();
		const events = await db.events.orderBy('[profileId+at]').toArray();
		const sample = v1Sample().answers;
		expect(events).toHaveLength(sample.length);
		expect(new Set(events.map((e) => e.id)).size).toBe(sample.length);
		events.forEach((e, i) => {
			expect(e).toMatchObject({
				kind: 'answer',
				profileId: profile.id,
				packId: sample[i]!.packId,
				questionId: sample[i]!.questionId,
				answer: sample[i]!.answer,
				points: sample[i]!.score,
				max: 1,
				correct: sample[i]!.score === 1,
				at: sample[i]!.at
			});
		});
	});

	it('replays cards from the events, keeps an unanswered v1 review, suspends removed questions', async () => {
		const { db, profile } = await upgraded();
		const cards = await db.cards.toArray();
		const byQuestion = new Map(cards.map((c) => [c.questionId, c]));
		expect([...byQuestion.keys()].sort()).toEqual(['b1', 'q-gone', 'q1', 'q2', 'q3']);
		expect(byQuestion.get('q1')).toMatchObject({ reps: 2, lastReview: V1_T0 + 11 * 3_600_000 });
		expect(byQuestion.get('q-gone')!.suspended).toBe(1);
		expect(byQuestion.get('q1')!.suspended).toBe(0);
		expect(byQuestion.get('q3')).toMatchObject({
			reps: 3,
			lapses: 1,
			state: 'review',
			due: V1_T0 + 50 * 3_600_000,
			learningSteps: 0,
			suspended: 0
		});
		// The invariant holds right after the upgrade.
		const rebuilt = await rebuildCards(db, profile.id);
		expect(new Set(rebuilt)).toEqual(new Set(cards));
	});

	it('moves v1 preferences to global settings', async () => {
		const { db } = await upgraded();
		expect(await getSetting(db, GLOBAL_SCOPE, 'language')).toBe('nl');
		expect(await getSetting(db, GLOBAL_SCOPE, 'reducedMotion')).toBe(true);
	});
});
