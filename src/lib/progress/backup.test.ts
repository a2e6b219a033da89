import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/progress/backup-v1.json';
import {
	DAY,
	MINUTE,
	T0,
	answerInput,
	dumpDb,
	makeProgressPack,
	openTestDb
} from '../../../tests/factories/progress';
import { recordAnswer } from './answers';
import { BACKUP_FORMAT, exportProfile, importBackup, parseBackup } from './backup';
import { cardsOf } from './db';
import { BackupInvalidError, type BackupInvalidReason } from './errors';
import { installPack } from './packs';
import { createProfile } from './profiles';
import { saveRunStep, startRun } from './runs';
import { setSetting } from './settings';

const FIXTURE_PROFILE = fixture.profile.id;

/** A profile with a finished run, answers (one out of order) and a setting. */
async function seeded() {
	const opened = await openTestDb();
	const { db, profileId } = opened;
	await installPack(db, makeProgressPack(), 'builtin', T0);
	const run = await startRun(db, {
		kind: 'scenario',
		profileId,
		packId: 'pack-a',
		packVersion: '1.0.0',
		scenarioId: 'plan-r',
		state: { at: 's1' },
		at: T0
	});
	await saveRunStep(db, {
		runId: run.id,
		state: { at: 'end' },
		event: { kind: 'answer', questionId: 'q1', answer: 'a', points: 1, max: 1, correct: true },
		finish: true,
		at: T0 + MINUTE
	});
	await recordAnswer(db, answerInput(profileId, 'q2', false, T0 + DAY));
	await recordAnswer(db, answerInput(profileId, 'q2', true, T0 + 2 * DAY, { durationMs: 2000 }));
	await setSetting(db, profileId, 'language', 'fr');
	return opened;
}

describe('exportProfile', () => {
	it('writes one versioned JSON object with everything the profile owns', async () => {
		const { db, profileId } = await seeded();
		const backup = await exportProfile(db, profileId, T0 + 3 * DAY);
		expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: T0 + 3 * DAY });
		expect(backup.profile.id).toBe(profileId);
		expect([backup.runs.length, backup.events.length, backup.cards.length]).toEqual([1, 3, 2]);
		expect(backup.settings).toEqual([{ scope: profileId, key: 'language', value: 'fr' }]);
		expect(JSON.parse(JSON.stringify(backup))).toEqual(backup);
		expect(parseBackup(JSON.stringify(backup))).toEqual(backup);
	});

	it('refuses an unknown profile', async () => {
		const { db } = await openTestDb();
		await expect(exportProfile(db, 'nobody')).rejects.toMatchObject({ code: 'not-found' });
	});
});

describe('importBackup', () => {
	it('round-trips a profile into an empty device', async () => {
		const source = await seeded();
		const backup = await exportProfile(source.db, source.profileId);
		const { db } = await openTestDb();
		await installPack(db, makeProgressPack(), 'builtin', T0);
		const report = await importBackup(db, JSON.stringify(backup));
		expect(report).toMatchObject({
			profileId: source.profileId,
			createdProfile: true,
			added: { runs: 1, events: 3, cards: 2, settings: 1 }
		});
		const again = await exportProfile(db, source.profileId, backup.exportedAt);
		const byId = <T extends { id: string }>(rows: T[]) =>
			[...rows].sort((a, b) => a.id.localeCompare(b.id));
		const byQuestion = <T extends { questionId: string }>(rows: T[]) =>
			[...rows].sort((a, b) => a.questionId.localeCompare(b.questionId));
		expect({ ...again, events: byId(again.events), cards: byQuestion(again.cards) }).toEqual({
			...backup,
			events: byId(backup.events),
			cards: byQuestion(backup.cards)
		});
	});

	it('changes nothing when the same file is imported twice', async () => {
		const source = await seeded();
		const backup = await exportProfile(source.db, source.profileId);
		const { db } = await openTestDb();
		await importBackup(db, backup);
		const once = await dumpDb(db);
		const report = await importBackup(db, backup);
		expect(report.added).toEqual({ runs: 0, events: 0, cards: 0, settings: 0 });
		expect(report.keptBothRuns).toBe(0);
		expect(await dumpDb(db)).toEqual(once);
	});

	it('merges into an existing profile without duplicates and replays the merged history', async () => {
		const { db, profileId } = await seeded();
		const backup = await exportProfile(db, profileId);
		// Meanwhile, on this device: one more answer; the backup's copy lacks it.
		await recordAnswer(db, answerInput(profileId, 'q2', false, T0 + 3 * DAY));
		const local = await dumpDb(db);
		await importBackup(db, backup);
		expect(await dumpDb(db)).toEqual(local);

		// Another device answered q3 and q2 (earlier); merging it replays q2 in time order.
		const other = await openTestDb();
		await importBackup(other.db, backup);
		await recordAnswer(other.db, answerInput(profileId, 'q3', true, T0 + 4 * DAY));
		await recordAnswer(other.db, answerInput(profileId, 'q2', true, T0 + 2.5 * DAY));
		const fromOther = await exportProfile(other.db, profileId);
		await importBackup(db, fromOther);
		expect(await db.events.where('profileId').equals(profileId).count()).toBe(6);
		const q2 = (await db.cards.get([profileId, 'pack-a', 'q2']))!;
		expect(q2).toMatchObject({ reps: 4, lastEventAt: T0 + 3 * DAY });
		expect(await db.cards.get([profileId, 'pack-a', 'q3'])).toBeDefined();
	});

	it('imports into another profile, remapping ids that belong to someone else', async () => {
		const { db, profileId } = await seeded();
		const backup = await exportProfile(db, profileId);
		const twin = await createProfile(db, 'Twin');
		const report = await importBackup(db, backup, { targetProfileId: twin.id });
		expect(report.added).toMatchObject({ runs: 1, events: 3, cards: 2 });
		const events = await db.events.where('profileId').equals(twin.id).toArray();
		expect(events.every((e) => e.id.endsWith(`@${twin.id}`))).toBe(true);
		const [run] = await db.runs.where('profileId').equals(twin.id).toArray();
		expect(events.filter((e) => e.runId).every((e) => e.runId === run!.id)).toBe(true);
		// The original profile is untouched, and a second import is a no-op.
		expect(await db.events.where('profileId').equals(profileId).count()).toBe(3);
		const before = await dumpDb(db);
		await importBackup(db, backup, { targetProfileId: twin.id });
		expect(await dumpDb(db)).toEqual(before);
	});

	it('never replaces a local run: a later copy is kept beside it, once', async () => {
		const { db } = await openTestDb();
		await importBackup(db, fixture);
		const local = await db.runs.get(fixture.runs[0]!.id);
		const newer = structuredClone(fixture);
		newer.runs[0]!.updatedAt += 1000;
		newer.runs[0]!.state = { at: 'end', vars: { threat: 5 } };
		const report = await importBackup(db, newer);
		expect(report.keptBothRuns).toBe(1);
		expect(await db.runs.get(fixture.runs[0]!.id)).toEqual(local);
		const beside = await db.runs.get(`${fixture.runs[0]!.id}~${newer.runs[0]!.updatedAt}`);
		expect(beside!.state).toEqual({ at: 'end', vars: { threat: 5 } });
		expect((await importBackup(db, newer)).keptBothRuns).toBe(0);
		expect((await importBackup(db, fixture)).keptBothRuns).toBe(0);
	});

	it('reads the version 1 fixture file and recomputes its card from the events', async () => {
		const { db } = await openTestDb();
		await importBackup(db, JSON.stringify(fixture));
		const [card] = await cardsOf(db, FIXTURE_PROFILE).toArray();
		expect(card).toMatchObject({ questionId: 'q1', reps: 1, lapses: 0, state: 'learning' });
		// Pack not installed here: kept but not scheduled.
		expect(card!.suspended).toBe(1);
	});

	it('refuses a foreign, corrupt or newer file with a typed code and changes nothing', async () => {
		const { db } = await seeded();
		const before = await dumpDb(db);
		const cases: [unknown, string][] = [
			['{ not json', 'backup-invalid'],
			['[1,2]', 'backup-foreign'],
			[{ hello: 'world' }, 'backup-foreign'],
			[{ ...fixture, version: 99 }, 'backup-unsupported-version'],
			[{ ...fixture, events: [{ ...fixture.events[0], kind: 'nope' }] }, 'backup-invalid'],
			[{ ...fixture, cards: [{ ...fixture.cards[0], due: 'tomorrow' }] }, 'backup-invalid'],
			[
				{ ...fixture, events: [...fixture.events, { ...fixture.events[1], profileId: 'x' }] },
				'backup-invalid'
			],
			[{ ...fixture, events: [...fixture.events, fixture.events[0]] }, 'backup-invalid'],
			[{ ...fixture, runs: [{ ...fixture.runs[0], state: { bad: Infinity } }] }, 'backup-invalid']
		];
		for (const [input, code] of cases) {
			await expect(
				importBackup(db, input),
				JSON.stringify(input).slice(0, 80)
			).rejects.toMatchObject({
				code
			});
		}
		expect(await dumpDb(db)).toEqual(before);
	});

	it('says why a file is refused in a typed reason, not in the message', () => {
		const cases: [unknown, BackupInvalidReason][] = [
			['{ not json', { kind: 'not-json' }],
			[
				{ ...fixture, cards: [{ ...fixture.cards[0], due: 'tomorrow' }] },
				{ kind: 'malformed', where: 'cards.0.due' }
			],
			[{ ...fixture, events: [...fixture.events, fixture.events[0]] }, { kind: 'inconsistent' }],
			[
				{ ...fixture, events: [{ ...fixture.events[0], at: 1 }, ...fixture.events.slice(1)] },
				{ kind: 'out-of-bounds', count: 1, where: 'events[0].at' }
			]
		];
		for (const [input, reason] of cases) {
			const refused = (() => {
				try {
					parseBackup(input);
				} catch (error) {
					return error;
				}
			})();
			expect(refused, JSON.stringify(reason)).toBeInstanceOf(BackupInvalidError);
			expect((refused as BackupInvalidError).reason).toEqual(reason);
		}
	});

	it('refuses a missing target profile and writes nothing', async () => {
		const { db } = await openTestDb();
		const before = await dumpDb(db);
		await expect(importBackup(db, fixture, { targetProfileId: 'ghost' })).rejects.toMatchObject({
			code: 'not-found'
		});
		expect(await dumpDb(db)).toEqual(before);
	});
});
