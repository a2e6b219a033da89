/**
 * A write cut off half-way (the tab closed, the device full): the browser aborts the transaction,
 * and every write of the store must leave the previous state whole, all or nothing.
 */
import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/progress/backup-v1.json';
import {
	T0,
	answerInput,
	dumpDb,
	faultyWrites,
	makeProgressPack,
	openTestDb,
	type WriteFault
} from '../../../tests/factories/progress';
import { recordAnswer } from './answers';
import { importBackup } from './backup';
import { installPack, installPacks } from './packs';
import { resetProgress } from './profiles';
import { saveRunStep, startRun } from './runs';

async function faultyDb(after: number) {
	const fault: WriteFault = { armed: false, after, kind: 'abort' };
	const opened = await openTestDb({ configure: (db) => db.use(faultyWrites(fault)) });
	await installPack(opened.db, makeProgressPack(), 'builtin', T0);
	return { ...opened, fault };
}

describe('a write interrupted half-way', () => {
	it('keeps the answer log and the review card in step (recordAnswer)', async () => {
		// Write 1 (the event) goes through, write 2 (the card) is cut off.
		const { db, profileId, fault } = await faultyDb(1);
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
		const before = await dumpDb(db);
		fault.armed = true;
		await expect(recordAnswer(db, answerInput(profileId, 'q1', false, T0 + 1))).rejects.toThrow();
		expect(fault.after).toBe(0);
		expect(await dumpDb(db)).toEqual(before);
		// The database is still usable: the same answer saved again counts once.
		fault.armed = false;
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0 + 2));
		expect(await db.events.count()).toBe(2);
		expect((await db.cards.toArray())[0]!.tally).toMatchObject({ attempts: 2, correct: 1 });
	});

	it.each([
		[1, 'after the run state'],
		[2, 'after the run state and the event, before the card']
	])(
		'keeps the run, its answers and the card whole when cut off %s (saveRunStep)',
		async (after) => {
			const { db, profileId, fault } = await faultyDb(after);
			const run = await startRun(db, {
				kind: 'quiz',
				profileId,
				packId: 'pack-a',
				packVersion: '1.0.0',
				state: { index: 0 },
				at: T0
			});
			const answer = (correct: boolean, index: number) =>
				saveRunStep(db, {
					runId: run.id,
					state: { index },
					at: T0 + index,
					event: { kind: 'answer', questionId: 'q1', answer: 'a', points: 1, max: 1, correct }
				});
			await answer(true, 1);
			const before = await dumpDb(db);
			fault.armed = true;
			await expect(answer(false, 2)).rejects.toThrow();
			expect(fault.after).toBe(0);
			expect(await dumpDb(db)).toEqual(before);
			expect((await db.runs.get(run.id))!.state).toEqual({ index: 1 });
		}
	);

	it('installs every pack of a batch or none, with their cards (installPacks)', async () => {
		// The pack bodies are written; the suspension of the removed question's card is cut off.
		const { db, profileId, fault } = await faultyDb(1);
		await recordAnswer(db, answerInput(profileId, 'q3', true, T0));
		const before = await dumpDb(db);
		fault.armed = true;
		const update = makeProgressPack({ version: '2.0.0', questionIds: ['q1', 'q2'] });
		const other = makeProgressPack({ id: 'pack-b', questionIds: ['b1'] });
		await expect(
			installPacks(db, [
				{ pack: update, source: 'builtin' },
				{ pack: other, source: 'builtin' }
			])
		).rejects.toThrow();
		expect(fault.after).toBe(0);
		expect(await dumpDb(db)).toEqual(before);
		expect((await db.packs.get('pack-a'))!.version).toBe('1.0.0');
		expect(await db.packs.get('pack-b')).toBeUndefined();
	});

	it('imports all of a backup or nothing (importBackup)', async () => {
		// The profile and the runs are written; the events are not.
		const { db, fault } = await faultyDb(2);
		const before = await dumpDb(db);
		fault.armed = true;
		await expect(importBackup(db, fixture)).rejects.toThrow();
		expect(fault.after).toBe(0);
		expect(await dumpDb(db)).toEqual(before);
	});

	it('forgets all of a profile’s progress or nothing (resetProgress)', async () => {
		// The runs are deleted; the events and cards are not.
		const { db, profileId, fault } = await faultyDb(1);
		const run = await startRun(db, {
			kind: 'quiz',
			profileId,
			packId: 'pack-a',
			packVersion: '1.0.0',
			state: {},
			at: T0
		});
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0, { runId: run.id }));
		await recordAnswer(db, answerInput(profileId, 'q2', false, T0 + 1, { runId: run.id }));
		const before = await dumpDb(db);
		fault.armed = true;
		await expect(resetProgress(db, profileId)).rejects.toThrow();
		expect(fault.after).toBe(0);
		expect(await dumpDb(db)).toEqual(before);
	});
});
