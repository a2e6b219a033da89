/** Local learner profiles: no password, several per shared classroom device, one always active. */
import { stripInvisible } from '$lib/packs/invisible';
import { cardsOf, type ProgressDb } from './db';
import { guard, ProgressError } from './errors';
import { newId } from './ids';
import { GLOBAL_SCOPE, type Profile } from './records';
import { ACTIVE_PROFILE_KEY } from './setting-keys';

const MAX_NAME = 100;

function cleanName(name: string): string {
	return stripInvisible(name).trim().slice(0, MAX_NAME);
}

/** The active profile, creating a default one (empty name) on a fresh database. */
export function ensureProfile(db: ProgressDb, now = Date.now()): Promise<Profile> {
	return guard(() =>
		db.transaction('rw', db.profiles, db.settings, async () => {
			const active = await db.settings.get([GLOBAL_SCOPE, ACTIVE_PROFILE_KEY]);
			if (typeof active?.value === 'string') {
				const profile = await db.profiles.get(active.value);
				if (profile) return profile;
			}
			let profile = await db.profiles.orderBy('createdAt').first();
			if (!profile) {
				profile = { id: newId(), name: '', createdAt: now };
				await db.profiles.add(profile);
			}
			await db.settings.put({ scope: GLOBAL_SCOPE, key: ACTIVE_PROFILE_KEY, value: profile.id });
			return profile;
		})
	);
}

export function getActiveProfile(db: ProgressDb): Promise<Profile> {
	return ensureProfile(db);
}

export function setActiveProfile(db: ProgressDb, profileId: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', db.profiles, db.settings, async () => {
			if (!(await db.profiles.get(profileId))) throw new ProgressError('not-found');
			await db.settings.put({ scope: GLOBAL_SCOPE, key: ACTIVE_PROFILE_KEY, value: profileId });
		})
	);
}

export function listProfiles(db: ProgressDb): Promise<Profile[]> {
	return guard(() => db.profiles.orderBy('createdAt').toArray());
}

export function createProfile(db: ProgressDb, name: string, now = Date.now()): Promise<Profile> {
	const profile: Profile = { id: newId(), name: cleanName(name), createdAt: now };
	return guard(async () => {
		await db.profiles.add(profile);
		return profile;
	});
}

export function renameProfile(db: ProgressDb, profileId: string, name: string): Promise<void> {
	return guard(async () => {
		const updated = await db.profiles.update(profileId, { name: cleanName(name) });
		if (updated === 0) throw new ProgressError('not-found');
	});
}

/** Deletes everything a profile owns (progress and its settings) in one transaction. */
export function deleteProfile(db: ProgressDb, profileId: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', [db.profiles, db.runs, db.events, db.cards, db.settings], async () => {
			await clearProgress(db, profileId);
			await db.settings.where('scope').equals(profileId).delete();
			await db.profiles.delete(profileId);
			const active = await db.settings.get([GLOBAL_SCOPE, ACTIVE_PROFILE_KEY]);
			if (active?.value === profileId) {
				await db.settings.delete([GLOBAL_SCOPE, ACTIVE_PROFILE_KEY]);
			}
		})
	);
}

/** Runs, events and cards of a profile; must run inside a transaction over those tables. */
export async function clearProgress(db: ProgressDb, profileId: string): Promise<void> {
	await db.runs.where('profileId').equals(profileId).delete();
	await db.events.where('profileId').equals(profileId).delete();
	await cardsOf(db, profileId).delete();
}

/**
 * Forgets a profile's progress (runs, answers, review schedule) but keeps the profile and its
 * settings. The UI asks for confirmation and offers an export first.
 */
export function resetProgress(db: ProgressDb, profileId: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', [db.runs, db.events, db.cards], () => clearProgress(db, profileId))
	);
}
