import { describe, expect, it } from 'vitest';
import { duration2004, time12, timespan12, timestamp2004 } from './time';

describe('SCORM time formats', () => {
	it('writes 1.2 timespans as HHHH:MM:SS.SS', () => {
		expect(timespan12(0)).toBe('0000:00:00.00');
		expect(timespan12(3_723_450)).toBe('0001:02:03.45');
	});
	it('writes 2004 durations as ISO 8601', () => {
		expect(duration2004(0)).toBe('PT0S');
		expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
		expect(duration2004(12_000)).toBe('PT12S');
	});
	it('writes times of day (1.2) and timestamps (2004) in UTC', () => {
		const at = Date.UTC(2026, 11, 7, 17, 30, 5, 900);
		expect(time12(at)).toBe('17:30:05');
		expect(timestamp2004(at)).toBe('2026-12-07T17:30:05Z');
	});
});
