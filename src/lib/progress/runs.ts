/**
 * Scenario runs and quiz sessions. Every step is saved as it happens: the run's state and the step's
 * event are written in one transaction, so an interrupted write leaves the previous step whole.
 */
import { answerEvent, applyAnswerEvent } from './answers';
import type { ProgressDb } from './db';
import { guard, ProgressError } from './errors';
import { newId } from './ids';
import { requestPersistenceOnce } from './persistence';
import type { CardRecord, Json, ProgressEvent, Run, RunStatus, StepEvent } from './records';

export type StartRunInput = {
	profileId: string;
	packId: string;
	packVersion: string;
	state: Json;
	/** Defaults to now. */
	at?: number;
} & ({ kind: 'scenario'; scenarioId: string } | { kind: 'quiz' });

export function startRun(db: ProgressDb, input: StartRunInput): Promise<Run> {
	const { at = Date.now(), ...rest } = input;
	const run: Run = { ...rest, id: newId(), startedAt: at, updatedAt: at, status: 'in-progress' };
	return guard(async () => {
		await db.runs.add(run);
		return run;
	});
}

export type StartQuizInput = Omit<Extract<StartRunInput, { kind: 'quiz' }>, 'kind'>;

export interface StartedQuiz {
	run: Run;
	/** The profile's unfinished quizzes, now abandoned (one quiz at a time). */
	abandoned: Run[];
}

/**
 * Starts a quiz session and abandons the profile's unfinished ones in one transaction: a failure
 * (storage full, a tab closed) leaves the unfinished quiz as it was, resumable, and no new run.
 */
export function startQuizRun(db: ProgressDb, input: StartQuizInput): Promise<StartedQuiz> {
	const { at = Date.now(), ...rest } = input;
	const run: Run = {
		...rest,
		kind: 'quiz',
		id: newId(),
		startedAt: at,
		updatedAt: at,
		status: 'in-progress'
	};
	return guard(() =>
		db.transaction('rw', db.runs, async () => {
			const open = await db.runs
				.where('[profileId+status]')
				.equals([input.profileId, 'in-progress'])
				.filter((r) => r.kind === 'quiz')
				.toArray();
			const abandoned = open.map((r): Run => ({
				...r,
				status: 'abandoned',
				updatedAt: at,
				finishedAt: at
			}));
			await db.runs.bulkPut(abandoned);
			await db.runs.add(run);
			return { run, abandoned };
		})
	);
}

/** What happened at one step; profile, pack, run and scenario come from the run. */
export type StepInput = {
	answer: Json;
	points: number;
	max: number;
	correct: boolean;
} & (
	| { kind: 'step'; stepId: string }
	/**
	 * A question answered inside the run: also updates its review card. `packId` names the
	 * question's own pack when the run mixes packs (a quiz over the library has packId '*').
	 */
	| { kind: 'answer'; questionId: string; durationMs?: number; packId?: string }
);

export interface SaveStepInput {
	runId: string;
	/** The engine's state after the step. */
	state: Json;
	event: StepInput;
	/** Set when this step ends the run. */
	finish?: boolean;
	at?: number;
}

export interface SavedStep {
	run: Run;
	event: ProgressEvent;
	card?: CardRecord;
}

function stepEvent(run: Run, input: StepInput, at: number): ProgressEvent {
	const { profileId, packId } = run;
	const base = { profileId, packId, runId: run.id, at };
	switch (input.kind) {
		case 'step': {
			if (run.kind !== 'scenario') {
				throw new ProgressError('write-failed', { detail: 'step event outside a scenario run' });
			}
			const event: StepEvent = { ...input, ...base, id: newId(), scenarioId: run.scenarioId };
			return event;
		}
		case 'answer':
			return answerEvent({ ...input, ...base, packId: input.packId ?? packId });
		default: {
			const unknownInput: never = input;
			throw new Error(`Unknown step input ${JSON.stringify(unknownInput)}`);
		}
	}
}

export function saveRunStep(db: ProgressDb, input: SaveStepInput): Promise<SavedStep> {
	const at = input.at ?? Date.now();
	void requestPersistenceOnce();
	return guard(() =>
		db.transaction('rw', [db.runs, db.events, db.cards, db.packs], async () => {
			const stored = await db.runs.get(input.runId);
			if (!stored) throw new ProgressError('not-found');
			const event = stepEvent(stored, input.event, at);
			const run: Run = {
				...stored,
				state: input.state,
				updatedAt: at,
				...(input.finish ? { status: 'finished' as const, finishedAt: at } : {})
			};
			// Sent together, not one after the other: each await is a round trip to the browser's
			// database process, and the screen waits for the commit. IndexedDB runs them in order, so
			// the card, which may re-read the events, sees this one.
			const [, , card] = await Promise.all([
				db.runs.put(run),
				db.events.add(event),
				event.kind === 'answer' ? applyAnswerEvent(db, event) : undefined
			]);
			return { run, event, ...(card ? { card } : {}) };
		})
	);
}

/** Saves a run's new state without an event (e.g. a quiz moving on after its feedback). */
export function saveRunState(
	db: ProgressDb,
	runId: string,
	state: Json,
	at: number = Date.now()
): Promise<Run> {
	return guard(() =>
		db.transaction('rw', db.runs, async () => {
			const stored = await db.runs.get(runId);
			if (!stored) throw new ProgressError('not-found');
			if (stored.status !== 'in-progress') return stored;
			const run: Run = { ...stored, state, updatedAt: at };
			await db.runs.put(run);
			return run;
		})
	);
}

/** Ends a run without a step (finished from the debrief, or abandoned). */
export function endRun(
	db: ProgressDb,
	runId: string,
	options: { status?: Exclude<RunStatus, 'in-progress'>; state?: Json; at?: number } = {}
): Promise<Run> {
	const at = options.at ?? Date.now();
	return guard(() =>
		db.transaction('rw', db.runs, async () => {
			const stored = await db.runs.get(runId);
			if (!stored) throw new ProgressError('not-found');
			const run: Run = {
				...stored,
				...(options.state === undefined ? {} : { state: options.state }),
				status: options.status ?? 'finished',
				updatedAt: at,
				finishedAt: at
			};
			await db.runs.put(run);
			return run;
		})
	);
}

/** A profile's runs, newest first, optionally only those with a status (e.g. to resume). */
export function listRuns(
	db: ProgressDb,
	profileId: string,
	filter: { status?: RunStatus; packId?: string } = {}
): Promise<Run[]> {
	return guard(async () => {
		const runs = await db.runs
			.where('[profileId+startedAt]')
			.between([profileId, -Infinity], [profileId, Infinity])
			.reverse()
			.toArray();
		return runs.filter(
			(r) =>
				(filter.status === undefined || r.status === filter.status) &&
				(filter.packId === undefined || r.packId === filter.packId)
		);
	});
}

/** The latest unfinished run of a scenario, to offer "resume". */
export async function resumableRun(
	db: ProgressDb,
	profileId: string,
	packId: string,
	scenarioId: string
): Promise<Run | undefined> {
	const runs = await listRuns(db, profileId, { status: 'in-progress', packId });
	return runs.find((r) => r.kind === 'scenario' && r.scenarioId === scenarioId);
}
