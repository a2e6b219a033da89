import { describe, expect, it } from 'vitest';
import { computeStreak, localDay } from './streak';

const DAY = 86_400_000;
const utcDay = (ms: number) => Math.floor(ms / DAY);
const at = (day: number) => day * DAY + 3_600_000;

describe('computeStreak', () => {
	it('is empty without activity', () => {
		expect(computeStreak([], at(10), utcDay)).toEqual({
			current: 0,
			longest: 0,
			activeDays: 0,
			lastActiveDay: null
		});
	});

	it('counts several events on one day once', () => {
		expect(computeStreak([at(10), at(10) + 5, at(10) + 9], at(10), utcDay)).toMatchObject({
			current: 1,
			activeDays: 1
		});
	});

	it('keeps the current streak alive until the end of the next day', () => {
		const times = [at(1), at(2), at(3), at(7), at(8)];
		expect(computeStreak(times, at(8), utcDay)).toMatchObject({ current: 2, longest: 3 });
		expect(computeStreak(times, at(9), utcDay).current).toBe(2);
		expect(computeStreak(times, at(10), utcDay).current).toBe(0);
		expect(computeStreak(times, at(10), utcDay).lastActiveDay).toBe('1970-01-09');
	});

	it('uses local calendar days by default', () => {
		const noon = new Date(2026, 2, 2, 12).getTime();
		expect(localDay(noon)).toBe(localDay(new Date(2026, 2, 2, 0, 0, 1).getTime()));
		expect(localDay(noon) + 1).toBe(localDay(new Date(2026, 2, 3, 0, 0, 1).getTime()));
	});
});
