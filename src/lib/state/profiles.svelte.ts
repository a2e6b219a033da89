import type { Profile } from '$lib/progress';
import { learner } from './learner.svelte';
import { preferences } from './preferences.svelte';

/**
 * The device's learner profiles (a classroom tablet may be shared; there is no password). One is
 * always active; the active one cannot be deleted, so there is always at least one.
 */
export class ProfilesState {
	list = $state.raw<Profile[]>([]);
	status = $state<'loading' | 'ready' | 'unavailable'>('loading');

	get activeId(): string | null {
		return learner.profileId;
	}

	async load(): Promise<void> {
		const connection = await learner.connect();
		if (!connection) {
			this.status = 'unavailable';
			return;
		}
		this.list = await connection.progress.listProfiles(connection.db);
		this.status = 'ready';
	}

	/** Creates a profile and makes it the active one. */
	async create(name: string): Promise<Profile | undefined> {
		const profile = await learner.write(({ progress, db }) => progress.createProfile(db, name));
		if (profile) await this.switchTo(profile.id);
		else await this.load();
		return profile;
	}

	async rename(profileId: string, name: string): Promise<void> {
		await learner.write(({ progress, db }) => progress.renameProfile(db, profileId, name));
		await this.load();
	}

	async switchTo(profileId: string): Promise<void> {
		if (await learner.switchProfile(profileId)) await preferences.reload();
		await this.load();
	}

	async remove(profileId: string): Promise<void> {
		if (profileId === this.activeId) return;
		await learner.write(({ progress, db }) => progress.deleteProfile(db, profileId));
		await this.load();
	}
}
