import { describe, expect, it } from 'vitest';
import { T0, answerInput, dumpDb, openTestDb } from '../../../tests/factories/progress';
import { recordAnswer } from './answers';
import {
	createProfile,
	deleteProfile,
	ensureProfile,
	getActiveProfile,
	listProfiles,
	renameProfile,
	resetProgress,
	setActiveProfile
} from './profiles';
import { startRun } from './runs';
import { GLOBAL_SCOPE, getSetting, setSetting } from './settings';

async function withProgress(db: Awaited<ReturnType<typeof openTestDb>>['db'], profileId: string) {
	await startRun(db, {
		kind: 'quiz',
		profileId,
		packId: 'pack-a',
		packVersion: '1.0.0',
		state: null,
		at: T0
	});
	await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
	await setSetting(db, profileId, 'language', 'nl');
}

describe('profiles', () => {
	it('creates one default profile on a fresh database, once', async () => {
		const { db, profileId } = await openTestDb();
		expect(await listProfiles(db)).toEqual([expect.objectContaining({ id: profileId, name: '' })]);
		expect((await ensureProfile(db)).id).toBe(profileId);
		expect(await listProfiles(db)).toHaveLength(1);
	});

	it('creates, renames, and switches the active profile', async () => {
		const { db, profileId } = await openTestDb();
		const ana = await createProfile(db, '  Ana  ', Date.now() + 1000);
		expect(ana.name).toBe('Ana');
		await renameProfile(db, ana.id, 'Ana B.');
		await setActiveProfile(db, ana.id);
		expect(await getActiveProfile(db)).toEqual({ ...ana, name: 'Ana B.' });
		expect((await listProfiles(db)).map((p) => p.id)).toEqual([profileId, ana.id]);
		await expect(setActiveProfile(db, 'ghost')).rejects.toMatchObject({ code: 'not-found' });
		await expect(renameProfile(db, 'ghost', 'x')).rejects.toMatchObject({ code: 'not-found' });
	});

	it('deletes a profile with everything it owns, and falls back to another one', async () => {
		const { db, profileId } = await openTestDb();
		const other = await createProfile(db, 'Other', Date.now() + 1000);
		await withProgress(db, profileId);
		await withProgress(db, other.id);
		const otherBefore = (await dumpDb(db)).events.filter((e) => e.profileId === other.id);
		await deleteProfile(db, profileId);
		const after = await dumpDb(db);
		expect(after.profiles.map((p) => p.id)).toEqual([other.id]);
		expect(
			[...after.runs, ...after.events, ...after.cards].every((r) => r.profileId === other.id)
		).toBe(true);
		expect(after.events).toEqual(otherBefore);
		expect(after.settings.some((s) => s.scope === profileId)).toBe(false);
		expect((await getActiveProfile(db)).id).toBe(other.id);
	});
});

describe('resetProgress', () => {
	it('forgets runs, events and cards of one profile but keeps the profile and its settings', async () => {
		const { db, profileId } = await openTestDb();
		const other = await createProfile(db, 'Other');
		await withProgress(db, profileId);
		await withProgress(db, other.id);
		await resetProgress(db, profileId);
		const after = await dumpDb(db);
		expect(after.profiles).toHaveLength(2);
		expect([after.runs.length, after.events.length, after.cards.length]).toEqual([1, 1, 1]);
		expect(
			[...after.runs, ...after.events, ...after.cards].every((r) => r.profileId === other.id)
		).toBe(true);
		expect(await getSetting(db, profileId, 'language')).toBe('nl');
	});
});

describe('settings', () => {
	it('stores JSON values per profile and globally', async () => {
		const { db, profileId } = await openTestDb();
		await setSetting(db, profileId, 'fontScale', 1.25);
		await setSetting(db, GLOBAL_SCOPE, 'fontScale', { v: 1 });
		expect(await getSetting(db, profileId, 'fontScale')).toBe(1.25);
		expect(await getSetting(db, GLOBAL_SCOPE, 'fontScale')).toEqual({ v: 1 });
		expect(await getSetting(db, profileId, 'missing')).toBeUndefined();
	});
});
