import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as progress from '$lib/progress';
import { PackSchema, type Pack } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import {
	MINUTE,
	T0,
	faultyWrites,
	openTestDb,
	type WriteFault
} from '../../../tests/factories/progress';
import type { Connection } from './learner.svelte';
import { QuizSession, type QuizStore } from './quiz-session.svelte';
import { QuizSetup } from './quiz-setup.svelte';

const packA: Pack = v.parse(PackSchema, makePack({ id: 'pack-a' }));
const packB: Pack = v.parse(
	PackSchema,
	makePack({
		id: 'pack-b',
		scenarios: [],
		questions: makePack()
			.questions!.slice(0, 3)
			.map((q) => ({ ...q, difficulty: 'hard' }))
	})
);
const packs = [packA, packB];

async function testStore(fault?: WriteFault): Promise<QuizStore & { connection: Connection }> {
	const { db, profileId } = await openTestDb(
		fault ? { configure: (d) => d.use(faultyWrites(fault)) } : {}
	);
	await progress.installPacks(db, [
		{ pack: packA, source: 'builtin' },
		{ pack: packB, source: 'import' }
	]);
	const connection: Connection = { progress, db, profileId };
	return {
		connection,
		connect: async () => connection,
		write: (op) => op(connection)
	};
}

const single = { kind: 'single', optionId: 'a' } as const;
const wrongSingle = { kind: 'single', optionId: 'b' } as const;

describe('QuizSession', () => {
	it('stores every practice answer as it happens and resumes after a reload', async () => {
		const store = await testStore();
		const items = [
			{ packId: 'pack-a', questionId: 'q-single' },
			{ packId: 'pack-b', questionId: 'q-single' }
		];
		const session = await QuizSession.start(store, packs, { mode: 'practice', items, now: T0 });
		expect(session.current?.question.id).toBe('q-single');
		await session.submit(wrongSingle, T0 + 1000);
		expect(session.feedback).toMatchObject({ correct: false });

		const { db, profileId } = store.connection;
		const events = await db.events.toArray();
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ packId: 'pack-a', questionId: 'q-single', correct: false });
		const [run] = await progress.listRuns(db, profileId);
		expect(run).toMatchObject({ kind: 'quiz', packId: '*', status: 'in-progress' });

		// A reload shows the same feedback, then moves on.
		const resumed = (await QuizSession.resume(store, packs))!;
		expect(resumed.feedback).toMatchObject({ correct: false });
		await resumed.next(T0 + 2000);
		expect(resumed.current?.item.packId).toBe('pack-b');
		expect((await QuizSession.resume(store, packs))!.current?.item.packId).toBe('pack-b');

		await resumed.submit(single, T0 + 3000);
		await resumed.next(T0 + 4000);
		expect(resumed.finished).toBe(true);
		expect(resumed.summary).toMatchObject({ correctCount: 1, max: 2, percent: 50 });
		expect(await QuizSession.resume(store, packs)).toBeNull();
		expect((await progress.listRuns(db, profileId))[0]!.status).toBe('finished');
	});

	it('keeps exam verdicts for the end and grades what was answered when time runs out', async () => {
		const store = await testStore();
		const items = ['q-single', 'q-truefalse', 'q-numeric'].map((questionId) => ({
			packId: 'pack-a',
			questionId
		}));
		const session = await QuizSession.start(store, packs, {
			mode: 'exam',
			items,
			now: T0,
			timeLimitMinutes: 10
		});
		expect(session.deadline).toBe(T0 + 10 * MINUTE);
		await session.submit(single, T0 + MINUTE);
		expect(session.feedback).toBeNull();
		expect(session.current?.question.id).toBe('q-truefalse');
		// Too late: the answer is refused and the exam ends.
		await session.submit({ kind: 'truefalse', value: true }, T0 + 11 * MINUTE);
		expect(session.state.status).toBe('expired');
		expect(session.summary).toMatchObject({ answeredCount: 1, correctCount: 1, max: 3 });
		const [run] = await progress.listRuns(store.connection.db, store.connection.profileId);
		expect(run).toMatchObject({
			status: 'finished',
			state: { status: 'expired', timerOff: false }
		});
	});

	it('records the timer-off choice with an untimed exam', async () => {
		const store = await testStore();
		const session = await QuizSession.start(store, packs, {
			mode: 'exam',
			items: [{ packId: 'pack-a', questionId: 'q-single' }],
			timeLimitMinutes: 10,
			timerOff: true
		});
		expect(session.deadline).toBeNull();
		await session.submit(single);
		expect(session.finished).toBe(true);
		const [run] = await progress.listRuns(store.connection.db, store.connection.profileId);
		expect(run!.state).toMatchObject({ timerOff: true, timeLimitMinutes: 10 });
	});

	it('abandons the unfinished quiz when another starts; a failed start keeps it', async () => {
		const fault: WriteFault = { armed: false, after: 1, kind: 'quota' };
		const store = await testStore(fault);
		const { db, profileId } = store.connection;
		const items = [
			{ packId: 'pack-a', questionId: 'q-single' },
			{ packId: 'pack-a', questionId: 'q-truefalse' }
		];
		const first = await QuizSession.start(store, packs, { mode: 'practice', items, now: T0 });
		await first.submit(single, T0 + 1000);
		// The device fills up after the old quiz is marked abandoned, as the new one is added: the
		// new quiz is not stored and the first one stays resumable.
		fault.armed = true;
		const failed = await QuizSession.start(
			{ ...store, write: (op) => op(store.connection).catch(() => undefined) },
			packs,
			{ mode: 'exam', items, now: T0 + 2000 }
		);
		fault.armed = false;
		expect(failed.current?.index).toBe(0);
		expect((await QuizSession.resume(store, packs))?.feedback).toMatchObject({ correct: true });

		const second = await QuizSession.start(store, packs, { mode: 'exam', items, now: T0 + 3000 });
		const runs = await progress.listRuns(db, profileId);
		expect(runs.map((r) => r.status)).toEqual(['in-progress', 'abandoned']);
		expect((await QuizSession.resume(store, packs))?.mode).toBe('exam');
		expect(second.current?.index).toBe(0);
	});

	it('shows the first question only once the pack installs under way have settled', async () => {
		const store = await testStore();
		let release = () => {};
		const installing = new Promise<void>((resolve) => (release = resolve));
		let started = false;
		const starting = QuizSession.start({ ...store, installs: () => installing }, packs, {
			mode: 'exam',
			items: [{ packId: 'pack-a', questionId: 'q-single' }]
		}).then((session) => {
			started = true;
			return session;
		});
		// The run itself is stored meanwhile; the question waits for the installs.
		await expect
			.poll(() => progress.listRuns(store.connection.db, store.connection.profileId))
			.toHaveLength(1);
		expect(started).toBe(false);
		release();
		expect((await starting).current?.question.id).toBe('q-single');
	});

	it('plays on without storage', async () => {
		const store: QuizStore = { connect: async () => null, write: async () => undefined };
		const session = await QuizSession.start(store, packs, {
			mode: 'practice',
			items: [{ packId: 'pack-a', questionId: 'q-single' }]
		});
		await session.submit(single);
		expect(session.feedback?.correct).toBe(true);
		expect(await QuizSession.resume(store, packs)).toBeNull();
	});
});

describe('QuizSetup', () => {
	it('counts the questions matching the filters, mistakes included', async () => {
		const store = await testStore();
		const setup = new QuizSetup(store);
		setup.packs = packs;
		expect(setup.matching).toHaveLength(10);
		setup.toggle('difficulties', 'hard', true);
		expect(setup.matching).toHaveLength(3);
		setup.toggle('packs', 'pack-a', true);
		expect(setup.matching).toHaveLength(0);
		setup.clearFilters();
		expect(setup.options.packs.map((p) => [p.id, p.count])).toEqual([
			['pack-a', 7],
			['pack-b', 3]
		]);

		const practice = await QuizSession.start(store, packs, {
			mode: 'practice',
			items: [{ packId: 'pack-b', questionId: 'q-single' }],
			now: T0
		});
		await practice.submit(wrongSingle, T0);
		await setup.refresh(T0);
		setup.filters.mistakesOnly = true;
		expect(setup.matching.map((m) => `${m.packId}/${m.question.id}`)).toEqual(['pack-b/q-single']);
	});

	it('queues due reviews, and says when the next one falls due when none is', async () => {
		const store = await testStore();
		const setup = new QuizSetup(store);
		setup.packs = packs;
		await setup.refresh(T0);
		expect(setup.due).toEqual([]);
		expect(setup.nextDueAt).toBeNull();

		const practice = await QuizSession.start(store, packs, {
			mode: 'practice',
			items: [{ packId: 'pack-a', questionId: 'q-step' }],
			now: T0
		});
		await practice.submit({ kind: 'truefalse', value: false }, T0);
		await setup.refresh(T0);
		expect(setup.due).toEqual([]);
		expect(setup.nextDueAt).toBeGreaterThan(T0);
		await setup.refresh(T0 + 10 * MINUTE);
		setup.mode = 'review';
		expect(setup.draw('x')).toEqual([{ packId: 'pack-a', questionId: 'q-step' }]);
	});
});
