/**
 * Nothing the learner saw confirmed may be lost: a verdict, a step's feedback or the next exam
 * question shows only once the answer's transaction has committed.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as progress from '$lib/progress';
import { PackSchema, type Pack } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { T0, faultyWrites, openTestDb, type WriteFault } from '../../../tests/factories/progress';
import { learner, type Connection } from './learner.svelte';
import { PlaySession } from './play-session.svelte';
import { QuizSession, type QuizStore } from './quiz-session.svelte';

const pack: Pack = v.parse(
	PackSchema,
	makePack({ id: 'durable', options: { feedback: 'immediate' } })
);
const items = [
	{ packId: 'durable', questionId: 'q-single' },
	{ packId: 'durable', questionId: 'q-truefalse' }
];
const single = { kind: 'single', optionId: 'a' } as const;

/** A store whose writes wait until the test lets them through, one by one or all. */
async function heldStore(fault?: WriteFault) {
	const { db, profileId } = await openTestDb(
		fault ? { configure: (d) => d.use(faultyWrites(fault)) } : {}
	);
	await progress.installPacks(db, [{ pack, source: 'builtin' }]);
	const connection: Connection = { progress, db, profileId };
	const held: (() => void)[] = [];
	let holding = false;
	const store: QuizStore = {
		connect: async () => connection,
		write: async (op) => {
			if (holding) await new Promise<void>((resolve) => held.push(resolve));
			return op(connection).catch(() => undefined);
		}
	};
	return {
		store,
		db,
		hold: () => (holding = true),
		release: () => {
			holding = false;
			held.splice(0).forEach((go) => go());
		},
		held: () => held.length
	};
}

const answers = (db: progress.ProgressDb) => db.events.count();

describe('a quiz answer', () => {
	it('shows its verdict only after its save has committed', async () => {
		const h = await heldStore();
		const session = await QuizSession.start(h.store, [pack], { mode: 'practice', items, now: T0 });
		h.hold();
		const submitting = session.submit(single, T0 + 1000);
		await expect.poll(h.held).toBe(1);
		expect(session.pending).toBe(true);
		expect(session.feedback).toBeNull();
		expect(session.state.responses.filter(Boolean)).toHaveLength(0);
		h.release();
		await submitting;
		expect(session.pending).toBe(false);
		expect(session.feedback).toMatchObject({ correct: true });
		expect(await answers(h.db)).toBe(1);
	});

	it('shows the next exam question only after the answer has committed', async () => {
		const h = await heldStore();
		const session = await QuizSession.start(h.store, [pack], { mode: 'exam', items, now: T0 });
		h.hold();
		const submitting = session.submit(single, T0 + 1000);
		await expect.poll(h.held).toBe(1);
		expect(session.current?.index).toBe(0);
		h.release();
		await submitting;
		expect(session.current?.index).toBe(1);
	});

	it('saves one answer when tapped twice while the first tap is saving', async () => {
		const h = await heldStore();
		const session = await QuizSession.start(h.store, [pack], { mode: 'exam', items, now: T0 });
		h.hold();
		const first = session.submit(single, T0 + 1000);
		const second = session.submit({ kind: 'single', optionId: 'b' }, T0 + 1100);
		await expect.poll(h.held).toBe(1);
		h.release();
		await Promise.all([first, second]);
		expect(await answers(h.db)).toBe(1);
		expect(session.current?.index).toBe(1);
		expect(session.state.responses[0]).toMatchObject({ correct: true });
	});

	it('keeps an answer that could not be saved on screen, unjudged, and saves it on retry', async () => {
		const fault: WriteFault = { armed: false, after: 0, kind: 'quota' };
		const h = await heldStore(fault);
		const session = await QuizSession.start(h.store, [pack], { mode: 'practice', items, now: T0 });
		fault.armed = true;
		await session.submit(single, T0 + 1000);
		expect(session.saveFailed).toBe(true);
		expect(session.feedback).toBeNull();
		expect(session.current?.index).toBe(0);
		expect(await answers(h.db)).toBe(0);

		fault.armed = false;
		await session.submit(single, T0 + 2000);
		expect(session.saveFailed).toBe(false);
		expect(session.feedback).toMatchObject({ correct: true });
		expect(await answers(h.db)).toBe(1);
	});
});

describe('a scenario step', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	/** Holds learner writes until released (the player uses the app's learner store). */
	function holdWrites() {
		const original = learner.write.bind(learner);
		const held: (() => void)[] = [];
		vi.spyOn(learner, 'write').mockImplementation(async (op, options) => {
			await new Promise<void>((resolve) => held.push(resolve));
			return original(op, options);
		});
		return { held: () => held.length, release: () => held.splice(0).forEach((go) => go()) };
	}

	async function stepEvents(runPackId: string) {
		const { db, profileId } = (await learner.connect())!;
		const runs = await progress.listRuns(db, profileId, { packId: runPackId });
		return db.events.where('runId').equals(runs[0]!.id).toArray();
	}

	it('shows its feedback only after the step has committed, and saves one step per double tap', async () => {
		const own = v.parse(PackSchema, { ...pack, id: 'durable-play' });
		const session = (await PlaySession.open(own, 'liaison-basics'))!;
		await session.submit({ kind: 'continue' });
		expect(session.current?.id).toBe('decide');

		const writes = holdWrites();
		const first = session.submit({ kind: 'decision', choiceId: 'share' });
		const second = session.submit({ kind: 'decision', choiceId: 'share' });
		await expect.poll(writes.held).toBe(1);
		expect(session.pending).toBe(true);
		expect(session.feedback).toBeNull();
		expect(session.state.history).toHaveLength(1);
		writes.release();
		await Promise.all([first, second]);
		expect(session.feedback?.stepId).toBe('decide');
		expect(await stepEvents('durable-play')).toHaveLength(2);
	});

	it('keeps a step that could not be saved on screen, without feedback', async () => {
		const own = v.parse(PackSchema, { ...pack, id: 'durable-fail' });
		const session = (await PlaySession.open(own, 'liaison-basics'))!;
		await session.submit({ kind: 'continue' });
		const write = vi.spyOn(learner, 'write').mockResolvedValueOnce(undefined);
		await session.submit({ kind: 'decision', choiceId: 'share' });
		expect(write).toHaveBeenCalledOnce();
		expect(session.saveFailed).toBe(true);
		expect(session.feedback).toBeNull();
		expect(session.current?.id).toBe('decide');

		await session.submit({ kind: 'decision', choiceId: 'share' });
		expect(session.saveFailed).toBe(false);
		expect(session.feedback?.stepId).toBe('decide');
		expect(await stepEvents('durable-fail')).toHaveLength(2);
	});

	it('opens only once the pack installs under way have settled', async () => {
		const own = v.parse(PackSchema, { ...pack, id: 'durable-install' });
		const log: string[] = [];
		let release = () => {};
		const installing = new Promise<void>((resolve) => (release = resolve)).then(() => {
			log.push('installed');
		});
		const installs = vi.spyOn(learner, 'installs').mockReturnValue(installing);
		const original = learner.write.bind(learner);
		vi.spyOn(learner, 'write').mockImplementation((op, options) => {
			log.push('write');
			return original(op, options);
		});
		// The database's work is queued as timer tasks: faked, it can be run out to the last one.
		vi.useFakeTimers({ toFake: ['setImmediate', 'setTimeout'] });
		const opening = PlaySession.open(own, 'liaison-basics');
		await expect.poll(() => installs.mock.calls.length).toBe(1);
		// All an open that did not wait would do before storing its run, done: nothing is left to run.
		await vi.runAllTimersAsync();
		vi.useRealTimers();
		expect(log).toEqual([]);
		release();
		const session = (await opening)!;
		expect(log[0]).toBe('installed');
		await session.submit({ kind: 'continue' });
		expect(await stepEvents('durable-install')).toHaveLength(1);
	});
});
