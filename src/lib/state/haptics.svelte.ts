import { preferences } from './preferences.svelte';

// Short for a right answer, a double pulse otherwise: told apart without looking.
const PATTERNS = { right: [30], wrong: [60, 50, 60] };

/** A vibration on a verdict, when the learner turned it on and the device can vibrate. */
export function verdictBuzz(correct: boolean): void {
	if (!preferences.haptics) return;
	if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
	navigator.vibrate(correct ? PATTERNS.right : PATTERNS.wrong);
}
