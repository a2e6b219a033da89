import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, type Pack } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { debrief } from './debrief';
import {
	answer,
	expireRun,
	replay,
	resumeRun,
	rewindTo,
	startRun,
	type RunResult
} from './scenario';
import { parseRunState, type RunState } from './state';
import { gradeForPercent, isTimeUp } from './timer';

const SCENARIO = 'liaison-basics';
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;
const timed = (minutes = 10): Pack =>
	v.parse(PackSchema, makePack({ options: { feedback: 'immediate', timeLimitMinutes: minutes } }));
const untimedPack = v.parse(PackSchema, makePack());

function ok(result: RunResult | ReturnType<typeof answer>): RunState {
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.state;
}

const start = (pack: Pack, timerOff = false) =>
	ok(startRun(pack, SCENARIO, { clock: { now: T0, timerOff } }));

describe('time limit', () => {
	it('sets a deadline from the pack limit and the clock passed in, and none without a limit', () => {
		expect(start(timed(10)).timing).toEqual({
			limitMinutes: 10,
			startedAt: T0,
			deadline: T0 + 10 * MINUTE,
			timerOff: false
		});
		expect(start(untimedPack).timing).toBeUndefined();
		// Without a clock (replays, play-tests of old callers) the run is untimed.
		expect(ok(startRun(timed(), SCENARIO)).timing).toBeUndefined();
	});

	it('records the limit but sets no deadline when the learner turned timers off', () => {
		const state = start(timed(10), true);
		expect(state.timing).toMatchObject({ limitMinutes: 10, deadline: null, timerOff: true });
		expect(isTimeUp(state, T0 + 999 * MINUTE)).toBe(false);
		expect(expireRun(timed(10), state, T0 + 999 * MINUTE)).toEqual({
			ok: false,
			error: { code: 'not-expired' }
		});
	});

	it('refuses an answer given after the deadline, and accepts one just before', () => {
		const pack = timed(1);
		const state = start(pack);
		expect(answer(pack, state, { kind: 'continue' }, T0 + MINUTE)).toEqual({
			ok: false,
			error: { code: 'time-up' }
		});
		expect(answer(pack, state, { kind: 'continue' }, T0 + MINUTE - 1).ok).toBe(true);
	});

	it('ends the run when time is up: the step on screen counts as unanswered', () => {
		const pack = timed(5);
		let state = start(pack);
		state = ok(answer(pack, state, { kind: 'continue' }, T0 + 1000));
		state = ok(answer(pack, state, { kind: 'decision', choiceId: 'share' }, T0 + 2000));
		expect(state.stepId).toBe('partners');
		expect(expireRun(pack, state, T0 + 5 * MINUTE - 1).ok).toBe(false);

		const ended = ok(expireRun(pack, state, T0 + 7 * MINUTE));
		expect(ended.status).toBe('finished');
		// 2 points out of 2 (decision) + 3 (partners, unanswered): 40 % → D.
		expect(ended.timeUp).toEqual({ at: T0 + 5 * MINUTE, stepId: 'partners', max: 3 });
		expect(ended.ending).toEqual({ stepId: 'partners', outcome: 'failure', grade: 'D' });
		expect(answer(pack, ended, { kind: 'continue' }).ok).toBe(false);

		const report = debrief(pack, ended)!;
		expect(report).toMatchObject({
			finished: true,
			outcome: 'failure',
			grade: 'D',
			points: 2,
			max: 5,
			percent: 40,
			timeLimitMinutes: 5,
			untimed: false,
			timeUp: { stepId: 'partners', max: 3 }
		});
		expect(report.lines.map((l) => l.stepId)).toEqual(['decide']);
	});

	it('counts a briefing left on screen for nothing', () => {
		const pack = timed(1);
		const ended = ok(expireRun(pack, start(pack), T0 + MINUTE));
		expect(ended.timeUp?.max).toBe(0);
		expect(debrief(pack, ended)).toMatchObject({ points: 0, max: 0, percent: 0, grade: 'E' });
	});

	it('keeps the stored deadline when a run is resumed after a reload', () => {
		const pack = timed(10);
		const state = ok(answer(pack, start(pack), { kind: 'continue' }, T0 + 1000));
		const stored = JSON.parse(JSON.stringify(state));
		const resumed = ok(resumeRun(pack, stored));
		expect(resumed.timing).toEqual(state.timing);
		expect(resumed.stepId).toBe('decide');
		expect(isTimeUp(resumed, T0 + 10 * MINUTE)).toBe(true);
		// An expired run read back is rebuilt the same.
		const ended = ok(expireRun(pack, resumed, T0 + 11 * MINUTE));
		expect(ok(resumeRun(pack, JSON.parse(JSON.stringify(ended))))).toEqual(ended);
	});

	it('reads runs stored before the time limit existed', () => {
		const old = ok(replay(untimedPack, SCENARIO, [{ kind: 'continue' }]));
		expect(parseRunState(JSON.parse(JSON.stringify(old)))).toEqual(old);
		expect('timing' in parseRunState(old)!).toBe(false);
	});

	it('gives a replay the whole time limit again, from the clock it is given', () => {
		const pack = timed(10);
		const state = ok(answer(pack, start(pack), { kind: 'continue' }, T0 + 1000));
		const later = T0 + 8 * MINUTE;
		const again = ok(rewindTo(pack, state, 1, { now: later, timerOff: false }));
		expect(again.stepId).toBe('decide');
		expect(again.timing?.deadline).toBe(later + 10 * MINUTE);
	});

	it('grades by fixed floors', () => {
		expect([100, 90, 89, 75, 60, 59, 40, 39, 0].map(gradeForPercent)).toEqual([
			'A',
			'A',
			'B',
			'B',
			'C',
			'D',
			'D',
			'E',
			'E'
		]);
	});
});
