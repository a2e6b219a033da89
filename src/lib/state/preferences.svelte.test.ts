import { afterEach, describe, expect, it } from 'vitest';
import { preferences } from './preferences.svelte';

describe('preferences', () => {
	afterEach(async () => {
		await preferences.setTimerOff(false);
		await preferences.setHaptics(false);
	});

	it('keeps a switch turned while the stored settings were being read', async () => {
		const loading = preferences.reload();
		const turned = preferences.setTimerOff(true);
		await Promise.all([loading, turned]);
		expect(preferences.timerOff).toBe(true);
		// Stored too: a fresh read finds it.
		await preferences.reload();
		expect(preferences.timerOff).toBe(true);
		expect(preferences.haptics).toBe(false);
	});
});
