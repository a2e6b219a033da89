/**
 * Sane bounds on the values of a backup, checked after its shape: a time of 1e300 ms or points of
 * ±1e308 pass a number schema but stopped the progress screen for good once stored. Every record
 * out of bounds is listed, and the file is refused whole (a refused file changes nothing).
 */
import type { Backup } from './backup-format';

/** 2020-01-01T00:00:00Z: Liaison did not exist before. */
export const MIN_TIME = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;
/** Counts (attempts, reps, lapses…) and FSRS figures far above anything a person can reach. */
const MAX_COUNT = 1_000_000;
/** Stability and intervals in days: a century. */
const MAX_DAYS = 36_500;
/** One answer's duration: a day. */
const MAX_DURATION = DAY;
/** The most places listed in the message. */
const MAX_LISTED = 5;

export interface BoundsReport {
	/** Places such as `events[3].at`, at most MAX_LISTED of them. */
	places: string[];
	count: number;
}

/** Where the backup goes past the bounds, or null when it holds none. */
export function backupOutOfBounds(backup: Backup, now: number): BoundsReport | null {
	const maxTime = now + DAY;
	const places: string[] = [];
	let count = 0;
	const flag = (place: string) => {
		count++;
		if (places.length < MAX_LISTED) places.push(place);
	};
	const time = (place: string, value: number | null | undefined) => {
		if (value !== null && value !== undefined && !(value >= MIN_TIME && value <= maxTime))
			flag(place);
	};
	const within = (place: string, value: number, max: number) => {
		if (!(Math.abs(value) <= max)) flag(place);
	};
	const score = (place: string, points: number, max: number) => {
		// A question's points lie within its maximum (a wrong answer may cost as much as it gives).
		within(`${place}.max`, max, MAX_COUNT);
		within(`${place}.points`, points, Math.min(max, MAX_COUNT));
	};

	time('exportedAt', backup.exportedAt);
	time('profile.createdAt', backup.profile.createdAt);
	backup.runs.forEach((run, i) => {
		time(`runs[${i}].startedAt`, run.startedAt);
		time(`runs[${i}].updatedAt`, run.updatedAt);
		time(`runs[${i}].finishedAt`, run.finishedAt);
	});
	backup.events.forEach((event, i) => {
		time(`events[${i}].at`, event.at);
		score(`events[${i}]`, event.points, event.max);
		if (event.kind === 'answer' && event.durationMs !== undefined) {
			within(`events[${i}].durationMs`, event.durationMs, MAX_DURATION);
		}
	});
	backup.cards.forEach((card, i) => {
		const at = `cards[${i}]`;
		time(`${at}.lastEventAt`, card.lastEventAt);
		time(`${at}.lastReview`, card.lastReview);
		// A card may fall due long after its last review, but within the same century.
		if (!(card.due >= MIN_TIME && card.due <= maxTime + MAX_DAYS * DAY)) flag(`${at}.due`);
		for (const key of ['stability', 'elapsedDays', 'scheduledDays'] as const)
			within(`${at}.${key}`, card[key], MAX_DAYS);
		within(`${at}.difficulty`, card.difficulty, 100);
		for (const key of ['reps', 'lapses', 'learningSteps'] as const)
			within(`${at}.${key}`, card[key], MAX_COUNT);
		if (card.tally) {
			const { attempts, correct, wrongStreak, points, max } = card.tally;
			for (const [key, value] of Object.entries({ attempts, correct, wrongStreak }))
				within(`${at}.tally.${key}`, value, MAX_COUNT);
			within(`${at}.tally.max`, max, MAX_COUNT * MAX_COUNT);
			within(`${at}.tally.points`, points, max);
		}
	});
	return count ? { places, count } : null;
}
