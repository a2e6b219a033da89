import { describe, expect, it } from 'vitest';
import { exitWrites, timeLimitOf } from './cmi';
import { manifestXml } from './manifest';
import { parseDuration2004, parseTimespan12 } from './time';

const lms = (values: Record<string, string>) => (element: string) => values[element] ?? '';

describe('an exam time limit', () => {
	it('reads the LMS time formats', () => {
		expect(parseTimespan12('0000:30:00.00')).toBe(1_800_000);
		expect(parseTimespan12('01:02:03.5')).toBe(3_723_500);
		expect(parseTimespan12('')).toBeNull();
		expect(parseTimespan12('1:00')).toBeNull();
		expect(parseDuration2004('PT30M')).toBe(1_800_000);
		expect(parseDuration2004('PT1H0M2.25S')).toBe(3_602_250);
		expect(parseDuration2004('P1DT1H')).toBe(90_000_000);
		expect(parseDuration2004('PT')).toBeNull();
		expect(parseDuration2004('P')).toBeNull();
		expect(parseDuration2004('30M')).toBeNull();
	});

	it('is the package limit less the time earlier sessions of the attempt used', () => {
		const read = lms({ 'cmi.core.total_time': '0000:10:00.00' });
		expect(timeLimitOf('1.2', read, 30)).toEqual({ remainingMs: 20 * 60_000, minutes: 30 });
		expect(timeLimitOf('2004', lms({ 'cmi.total_time': 'PT45M' }), 30)).toEqual({
			remainingMs: 0,
			minutes: 30
		});
	});

	it('takes the LMS max_time_allowed over the package limit, and none without either', () => {
		expect(timeLimitOf('2004', lms({ 'cmi.max_time_allowed': 'PT10M' }), 30)).toEqual({
			remainingMs: 600_000,
			minutes: 10
		});
		const read = lms({ 'cmi.student_data.max_time_allowed': '0000:05:00' });
		expect(timeLimitOf('1.2', read, undefined)).toEqual({ remainingMs: 300_000, minutes: 5 });
		expect(timeLimitOf('1.2', lms({}), undefined)).toEqual({ remainingMs: null, minutes: null });
	});

	it('does not stop the learner when the LMS says continue', () => {
		const read = lms({ 'cmi.time_limit_action': 'continue,message' });
		expect(timeLimitOf('2004', read, 30)).toEqual({ remainingMs: null, minutes: 30 });
	});

	it('exits with time-out when the time ran out', () => {
		expect(exitWrites('1.2', true, 1000, true)[0]).toEqual(['cmi.core.exit', 'time-out']);
		expect(exitWrites('2004', true, 1000, true)[0]).toEqual(['cmi.exit', 'time-out']);
		expect(exitWrites('2004', true, 1000)[0]).toEqual(['cmi.exit', 'normal']);
		expect(exitWrites('1.2', false, 1000)[0]).toEqual(['cmi.core.exit', 'suspend']);
	});

	it('is declared in the manifest only when set', () => {
		const input = { identifier: 'p.exam3', title: 'T', files: ['index.html'], passMark: 70 };
		const v12 = manifestXml({ ...input, version: '1.2', timeLimitMinutes: 45 });
		expect(v12).toMatch(
			/<adlcp:maxtimeallowed>0000:45:00.00<\/adlcp:maxtimeallowed>\s*<adlcp:timelimitaction>exit,message<\/adlcp:timelimitaction>\s*<adlcp:masteryscore>70/
		);
		const v2004 = manifestXml({ ...input, version: '2004', timeLimitMinutes: 45 });
		expect(v2004).toContain('<adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>');
		expect(v2004).toContain('<imsss:limitConditions attemptAbsoluteDurationLimit="PT45M0S"/>');
		expect(manifestXml({ ...input, version: '2004' })).not.toContain('imsss:sequencing');
		expect(manifestXml({ ...input, version: '1.2' })).not.toContain('maxtimeallowed');
	});
});
