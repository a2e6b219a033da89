import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackSchema } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { learner } from './learner.svelte';
import { PlaySession } from './play-session.svelte';
import { preferences } from './preferences.svelte';

const pack = v.parse(PackSchema, makePack());

describe('play-test session', () => {
	it('starts at the chosen step and stores nothing, even when replaying', async () => {
		const write = vi.spyOn(learner, 'write');
		const connect = vi.spyOn(learner, 'connect');
		const session = PlaySession.preview(pack, 'liaison-basics', 'decide')!;
		expect(session.current?.id).toBe('decide');
		await session.submit({ kind: 'decision', choiceId: 'share' });
		expect(session.feedback?.stepId).toBe('decide');
		session.continue();
		expect(session.current?.id).not.toBe('decide');
		await session.replayFrom(0);
		expect(session.current?.id).toBe('decide');
		expect(write).not.toHaveBeenCalled();
		expect(connect).not.toHaveBeenCalled();
	});

	it('refuses a step that is not in the scenario', () => {
		expect(PlaySession.preview(pack, 'liaison-basics', 'ghost')).toBeNull();
		expect(PlaySession.preview(pack, 'nope')).toBeNull();
	});
});

describe('timed scenario', () => {
	const timed = v.parse(
		PackSchema,
		makePack({ id: 'timed-pack', options: { feedback: 'immediate', timeLimitMinutes: 5 } })
	);
	const T0 = Date.UTC(2026, 0, 5, 9, 0);

	afterEach(async () => {
		vi.useRealTimers();
		await preferences.setTimerOff(false);
	});

	async function runsOf(packId: string) {
		const { progress, db, profileId } = (await learner.connect())!;
		const runs = await progress.listRuns(db, profileId, { packId });
		// Ids are random: the log's order is its time.
		const events = await db.events.where('runId').equals(runs[0]!.id).sortBy('at');
		return { runs, events };
	}

	it('keeps its deadline across a reload, and ends with the step on screen unanswered', async () => {
		vi.useFakeTimers({ now: T0, toFake: ['Date'] });
		const first = (await PlaySession.open(timed, 'liaison-basics'))!;
		expect(first.deadline).toBe(T0 + 5 * 60_000);
		await first.submit({ kind: 'continue' });

		vi.setSystemTime(T0 + 3 * 60_000);
		const reloaded = (await PlaySession.open(timed, 'liaison-basics'))!;
		expect(reloaded.current?.id).toBe('decide');
		expect(reloaded.deadline).toBe(T0 + 5 * 60_000);

		// The phone was locked past the deadline: coming back ends the run, graded as it stood.
		vi.setSystemTime(T0 + 9 * 60_000);
		const late = (await PlaySession.open(timed, 'liaison-basics'))!;
		expect(late.finished).toBe(true);
		expect(late.deadline).toBeNull();
		expect(late.debrief).toMatchObject({
			outcome: 'failure',
			grade: 'E',
			points: 0,
			max: 2,
			timeUp: { stepId: 'decide', max: 2 }
		});
		await late.saved();
		const { runs, events } = await runsOf('timed-pack');
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ status: 'finished', finishedAt: T0 + 9 * 60_000 });
		expect(events.map((e) => [e.kind === 'step' && e.stepId, e.points, e.max])).toEqual([
			['brief', 0, 0],
			['decide', 0, 2]
		]);
	});

	it('refuses an answer given after the deadline and ends the run instead', async () => {
		vi.useFakeTimers({ now: T0, toFake: ['Date'] });
		const session = (await PlaySession.open(timed, 'liaison-basics'))!;
		vi.setSystemTime(T0 + 5 * 60_000);
		await session.submit({ kind: 'continue' });
		expect(session.finished).toBe(true);
		expect(session.state.history).toHaveLength(0);
		expect(session.debrief?.timeUp).toMatchObject({ stepId: 'brief', max: 0 });
	});

	it('runs untimed when the learner turned timers off, and records it', async () => {
		await preferences.setTimerOff(true);
		const other = v.parse(PackSchema, { ...timed, id: 'timed-off' });
		const session = (await PlaySession.open(other, 'liaison-basics'))!;
		expect(session.deadline).toBeNull();
		expect(session.state.timing).toMatchObject({ limitMinutes: 5, timerOff: true });
		expect(session.debrief).toMatchObject({ untimed: true, timeLimitMinutes: 5 });
	});
});

describe('first step before the database (begin)', () => {
	const packOf = (id: string) => v.parse(PackSchema, makePack({ id }));
	const held = () => {
		let release = () => {};
		const after = new Promise<void>((resolve) => (release = resolve));
		return { after, release };
	};
	const install = (p: typeof pack) => () => learner.ensureInstalled([p], 'builtin');

	async function storedRunAt(p: typeof pack) {
		const played = (await PlaySession.open(p, 'liaison-basics'))!;
		await played.submit({ kind: 'continue' });
		expect(played.current?.id).toBe('decide');
	}

	it('shows the first step at once, then the stored run in its place', async () => {
		const p = packOf('begin-resume');
		await storedRunAt(p);
		const connect = vi.spyOn(learner, 'connect');
		const paint = held();
		const session = (await PlaySession.begin(p, 'liaison-basics', {
			install: install(p),
			after: paint.after
		}))!;
		expect(session.current?.id).toBe('brief');
		expect(session.restored).toBe(0);
		expect(session.settling).toBe(true);
		expect(connect).not.toHaveBeenCalled();
		paint.release();
		await session.saved();
		expect(session.current?.id).toBe('decide');
		expect(session.restored).toBe(1);
		expect(session.settling).toBe(false);
	});

	it('keeps an answer given before the database was ready: it waits, then is stored', async () => {
		const p = packOf('begin-fresh');
		const paint = held();
		const session = (await PlaySession.begin(p, 'liaison-basics', {
			install: install(p),
			after: paint.after
		}))!;
		const tap = session.submit({ kind: 'continue' });
		expect(session.pending).toBe(true);
		expect(session.current?.id).toBe('brief');
		paint.release();
		await tap;
		expect(session.current?.id).toBe('decide');
		expect(session.restored).toBe(0);
		const reopened = (await PlaySession.open(p, 'liaison-basics'))!;
		expect(reopened.current?.id).toBe('decide');
	});

	it('drops a tap on the first step when the stored run had gone past it', async () => {
		const p = packOf('begin-ahead');
		await storedRunAt(p);
		const paint = held();
		const session = (await PlaySession.begin(p, 'liaison-basics', {
			install: install(p),
			after: paint.after
		}))!;
		const tap = session.submit({ kind: 'continue' });
		paint.release();
		await tap;
		expect(session.current?.id).toBe('decide');
		expect(session.state.history).toHaveLength(1);
		expect(session.pending).toBe(false);
	});
});
