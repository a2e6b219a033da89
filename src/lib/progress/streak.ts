/** Streaks of days with activity. Pure: the queries module feeds it timestamps. */

const DAY = 86_400_000;

/** Local calendar day of a timestamp, as a day number (days since 1970-01-01 in local time). */
export function localDay(ms: number): number {
	const d = new Date(ms);
	return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
}

export interface Streak {
	/** Consecutive active days ending today, or yesterday if today has no activity yet. */
	current: number;
	longest: number;
	activeDays: number;
	/** The last active day as YYYY-MM-DD, or null. */
	lastActiveDay: string | null;
}

export function computeStreak(
	times: Iterable<number>,
	now: number,
	dayOf: (ms: number) => number = localDay
): Streak {
	// A time no Date can hold has no day (NaN would poison the sort and every sum below).
	const days = [...new Set(Array.from(times, dayOf))]
		.filter((d) => Number.isFinite(d))
		.sort((a, b) => a - b);
	let longest = 0;
	let run = 0;
	for (let i = 0; i < days.length; i++) {
		run = i > 0 && days[i]! - days[i - 1]! === 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
	}
	const last = days.at(-1);
	const today = dayOf(now);
	const current = last !== undefined && today - last <= 1 ? run : 0;
	return {
		current,
		longest,
		activeDays: days.length,
		lastActiveDay: last === undefined ? null : new Date(last * DAY).toISOString().slice(0, 10)
	};
}
