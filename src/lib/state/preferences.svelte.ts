import { learner } from './learner.svelte';

/** Profile setting: time limits are not enforced (accessibility); recorded with each result. */
export const TIMER_OFF_KEY = 'timerOff';
/** Profile setting: a short vibration on each verdict (off unless the learner turns it on). */
export const HAPTICS_KEY = 'haptics';

/**
 * The learner's own preferences, stored per profile. Read once the database is open; a device
 * without storage keeps them for this page only.
 */
class Preferences {
	timerOff = $state(false);
	haptics = $state(false);
	#loaded: Promise<void> | undefined;
	/** Settings the learner changed while they were being read: the read must not undo them. */
	#changed = new Set<string>();

	load(): Promise<void> {
		this.#loaded ??= (async () => {
			const connection = await learner.connect();
			if (!connection) return;
			const { progress, db, profileId } = connection;
			const timerOff = (await progress.getSetting(db, profileId, TIMER_OFF_KEY)) === true;
			const haptics = (await progress.getSetting(db, profileId, HAPTICS_KEY)) === true;
			if (!this.#changed.has(TIMER_OFF_KEY)) this.timerOff = timerOff;
			if (!this.#changed.has(HAPTICS_KEY)) this.haptics = haptics;
		})();
		return this.#loaded;
	}

	async setTimerOff(value: boolean): Promise<void> {
		this.#changed.add(TIMER_OFF_KEY);
		this.timerOff = value;
		await learner.write(({ progress, db, profileId }) =>
			progress.setSetting(db, profileId, TIMER_OFF_KEY, value)
		);
	}

	async setHaptics(value: boolean): Promise<void> {
		this.#changed.add(HAPTICS_KEY);
		this.haptics = value;
		await learner.write(({ progress, db, profileId }) =>
			progress.setSetting(db, profileId, HAPTICS_KEY, value)
		);
	}

	/** Another profile was chosen: its own preferences apply. */
	reload(): Promise<void> {
		this.#loaded = undefined;
		this.#changed.clear();
		return this.load();
	}
}

export const preferences = new Preferences();
