import { describe, expect, it } from 'vitest';
import {
	MINUTE,
	T0,
	dumpDb,
	faultyWrites,
	makeProgressPack,
	openTestDb,
	type WriteFault
} from '../../../tests/factories/progress';
import { installPack } from './packs';
import {
	endRun,
	listRuns,
	resumableRun,
	saveRunState,
	saveRunStep,
	startQuizRun,
	startRun
} from './runs';
import { createProfile } from './profiles';
import type { Json } from './records';

async function scenarioRun() {
	const { db, profileId } = await openTestDb();
	await installPack(db, makeProgressPack(), 'builtin', T0);
	const run = await startRun(db, {
		kind: 'scenario',
		profileId,
		packId: 'pack-a',
		packVersion: '1.0.0',
		scenarioId: 'plan-r',
		state: { at: 's1' },
		at: T0
	});
	return { db, profileId, run };
}

describe('runs', () => {
	it('starts a run in progress with the engine state stored as-is', async () => {
		const { db, run } = await scenarioRun();
		expect(run).toMatchObject({ status: 'in-progress', startedAt: T0, updatedAt: T0 });
		expect(await db.runs.get(run.id)).toEqual(run);
	});

	it('saves each step: new state and one step event, in one go', async () => {
		const { db, profileId, run } = await scenarioRun();
		const saved = await saveRunStep(db, {
			runId: run.id,
			state: { at: 's2', vars: { threat: 3 } },
			event: { kind: 'step', stepId: 's1', answer: 'share', points: 2, max: 2, correct: true },
			at: T0 + MINUTE
		});
		expect(saved.run).toMatchObject({
			state: { at: 's2', vars: { threat: 3 } },
			updatedAt: T0 + MINUTE
		});
		expect(saved.event).toMatchObject({
			kind: 'step',
			profileId,
			packId: 'pack-a',
			runId: run.id,
			scenarioId: 'plan-r',
			stepId: 's1',
			points: 2
		});
		expect(saved.card).toBeUndefined();
		expect(await db.events.where('runId').equals(run.id).toArray()).toEqual([saved.event]);
		expect(await db.runs.get(run.id)).toEqual(saved.run);
	});

	it('updates the review card when the step is a question', async () => {
		const { db, profileId, run } = await scenarioRun();
		const saved = await saveRunStep(db, {
			runId: run.id,
			state: { at: 's3' },
			event: { kind: 'answer', questionId: 'q2', answer: 'b', points: 0, max: 1, correct: false },
			at: T0 + MINUTE
		});
		expect(saved.card).toMatchObject({ questionId: 'q2', lapses: 0, reps: 1 });
		expect(await db.cards.get([profileId, 'pack-a', 'q2'])).toEqual(saved.card);
	});

	it('files an answer of a mixed-pack quiz under the pack of its question', async () => {
		const { db, profileId } = await openTestDb();
		await installPack(db, makeProgressPack(), 'builtin', T0);
		await installPack(db, makeProgressPack({ id: 'pack-b' }), 'builtin', T0);
		const quiz = await startRun(db, {
			kind: 'quiz',
			profileId,
			packId: '*',
			packVersion: '',
			state: { index: 0 },
			at: T0
		});
		const saved = await saveRunStep(db, {
			runId: quiz.id,
			state: { index: 1 },
			event: {
				kind: 'answer',
				packId: 'pack-b',
				questionId: 'q1',
				answer: 'a',
				points: 1,
				max: 1,
				correct: true
			},
			at: T0 + MINUTE
		});
		expect(saved.event).toMatchObject({ packId: 'pack-b', runId: quiz.id, questionId: 'q1' });
		expect(saved.card).toMatchObject({ packId: 'pack-b', suspended: 0 });
		expect(await db.cards.get([profileId, '*', 'q1'])).toBeUndefined();
		expect((await db.runs.get(quiz.id))!.state).toEqual({ index: 1 });
	});

	it('saves a new state without an event, never over a finished run', async () => {
		const { db, run } = await scenarioRun();
		const saved = await saveRunState(db, run.id, { at: 's9' }, T0 + MINUTE);
		expect(saved).toMatchObject({ state: { at: 's9' }, updatedAt: T0 + MINUTE });
		expect(await db.events.count()).toBe(0);
		await endRun(db, run.id, { at: T0 + 2 * MINUTE });
		expect((await saveRunState(db, run.id, { at: 'late' })).state).toEqual({ at: 's9' });
		await expect(saveRunState(db, 'nope', null)).rejects.toMatchObject({ code: 'not-found' });
	});

	it('finishes a run on its last step, and lists runs newest first', async () => {
		const { db, profileId, run } = await scenarioRun();
		await saveRunStep(db, {
			runId: run.id,
			state: { at: 'end' },
			event: { kind: 'step', stepId: 'end', answer: null, points: 0, max: 0, correct: true },
			finish: true,
			at: T0 + MINUTE
		});
		const quiz = await startRun(db, {
			kind: 'quiz',
			profileId,
			packId: 'pack-a',
			packVersion: '1.0.0',
			state: null,
			at: T0 + 2 * MINUTE
		});
		expect((await db.runs.get(run.id))!).toMatchObject({
			status: 'finished',
			finishedAt: T0 + MINUTE
		});
		expect((await listRuns(db, profileId)).map((r) => r.id)).toEqual([quiz.id, run.id]);
		expect((await listRuns(db, profileId, { status: 'finished' })).map((r) => r.id)).toEqual([
			run.id
		]);
		expect(await resumableRun(db, profileId, 'pack-a', 'plan-r')).toBeUndefined();
	});

	it('offers the latest unfinished run to resume, and can abandon it', async () => {
		const { db, profileId, run } = await scenarioRun();
		expect(await resumableRun(db, profileId, 'pack-a', 'plan-r')).toEqual(run);
		const ended = await endRun(db, run.id, { status: 'abandoned', at: T0 + MINUTE });
		expect(ended).toMatchObject({
			status: 'abandoned',
			finishedAt: T0 + MINUTE,
			state: { at: 's1' }
		});
		expect(await resumableRun(db, profileId, 'pack-a', 'plan-r')).toBeUndefined();
	});

	it('refuses a step for an unknown run or a step event in a quiz session', async () => {
		const { db, profileId } = await scenarioRun();
		const step = {
			kind: 'step',
			stepId: 's',
			answer: null,
			points: 0,
			max: 0,
			correct: true
		} as const;
		await expect(
			saveRunStep(db, { runId: 'nope', state: null, event: step })
		).rejects.toMatchObject({
			code: 'not-found'
		});
		const quiz = await startRun(db, {
			kind: 'quiz',
			profileId,
			packId: 'pack-a',
			packVersion: '1.0.0',
			state: null
		});
		const before = await db.events.count();
		await expect(saveRunStep(db, { runId: quiz.id, state: 1, event: step })).rejects.toMatchObject({
			code: 'write-failed'
		});
		expect(await db.events.count()).toBe(before);
		expect((await db.runs.get(quiz.id))!.state).toBeNull();
	});
});

describe('starting a quiz', () => {
	const quiz = (profileId: string, at: number, state: Json = { index: 0 }) =>
		({ profileId, packId: '*', packVersion: '', state, at }) as const;

	it('abandons the profile’s unfinished quizzes and starts the new one, nothing else', async () => {
		const { db, profileId, run: scenario } = await scenarioRun();
		const other = await createProfile(db, 'Salle 2');
		const old = await startRun(db, { kind: 'quiz', ...quiz(profileId, T0) });
		const theirs = await startRun(db, { kind: 'quiz', ...quiz(other.id, T0) });
		const done = await startRun(db, { kind: 'quiz', ...quiz(profileId, T0 - MINUTE) });
		await endRun(db, done.id, { at: T0 });

		const { run, abandoned } = await startQuizRun(db, quiz(profileId, T0 + MINUTE, { index: 3 }));
		expect(abandoned.map((r) => r.id)).toEqual([old.id]);
		expect(await db.runs.get(run.id)).toEqual({
			kind: 'quiz',
			id: run.id,
			profileId,
			packId: '*',
			packVersion: '',
			state: { index: 3 },
			startedAt: T0 + MINUTE,
			updatedAt: T0 + MINUTE,
			status: 'in-progress'
		});
		expect(await db.runs.get(old.id)).toEqual({
			...old,
			status: 'abandoned',
			updatedAt: T0 + MINUTE,
			finishedAt: T0 + MINUTE
		});
		// A scenario under way, another learner's quiz and a finished quiz are left alone.
		expect(await db.runs.get(scenario.id)).toEqual(scenario);
		expect(await db.runs.get(theirs.id)).toEqual(theirs);
		expect((await db.runs.get(done.id))!.status).toBe('finished');
	});

	it.each(['quota', 'abort'] as const)(
		'leaves the unfinished quiz resumable and starts nothing when the write fails (%s)',
		async (kind) => {
			// Two unfinished quizzes (an older version could leave two): the fault hits once both
			// are marked abandoned, as the new run is added.
			const fault: WriteFault = { armed: false, after: 1, kind };
			const { db, profileId } = await openTestDb({ configure: (d) => d.use(faultyWrites(fault)) });
			const first = await startRun(db, { kind: 'quiz', ...quiz(profileId, T0) });
			const second = await startRun(db, { kind: 'quiz', ...quiz(profileId, T0 + 1) });
			const before = await dumpDb(db);
			fault.armed = true;
			await expect(startQuizRun(db, quiz(profileId, T0 + MINUTE))).rejects.toMatchObject({
				code: kind === 'quota' ? 'quota-exceeded' : 'write-failed'
			});
			expect(await dumpDb(db)).toEqual(before);
			const open = await listRuns(db, profileId, { status: 'in-progress' });
			expect(open.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
		}
	);
});
