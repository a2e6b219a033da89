/** Test data for the progress store: packs with chosen question ids, fresh databases, answers. */
import type { DBCore, Middleware } from 'dexie';
import * as v from 'valibot';
import { PackSchema, type Pack } from '../../src/lib/packs/schema';
import { recordAnswer, type AnswerInput } from '../../src/lib/progress/answers';
import { ProgressDb } from '../../src/lib/progress/db';
import { openProgress, type OpenOptions } from '../../src/lib/progress/open';
import { installPack } from '../../src/lib/progress/packs';
import { ensureProfile } from '../../src/lib/progress/profiles';
import { endRun, saveRunStep, startRun, type StepInput } from '../../src/lib/progress/runs';
import { makePack, makeQuestions } from './packs';

export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A valid pack whose question bank has exactly these ids (no scenarios). */
export function makeProgressPack(
	options: { id?: string; version?: string; questionIds?: string[] } = {}
): Pack {
	const template = makeQuestions()[0]!;
	const questions = (options.questionIds ?? ['q1', 'q2', 'q3']).map((id) => ({
		...structuredClone(template),
		id
	}));
	return v.parse(
		PackSchema,
		makePack({
			id: options.id ?? 'pack-a',
			version: options.version ?? '1.0.0',
			questions,
			scenarios: []
		})
	);
}

let counter = 0;
export function freshDbName(): string {
	counter++;
	return `progress-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** An open database with a fresh name and its default profile. */
export async function openTestDb(
	options: OpenOptions = {}
): Promise<{ db: ProgressDb; profileId: string; name: string }> {
	const name = options.name ?? freshDbName();
	const result = await openProgress({ ...options, name });
	if (result.status !== 'ready') throw new Error(`test database unavailable: ${result.code}`);
	const profile = await ensureProfile(result.db);
	return { db: result.db, profileId: profile.id, name };
}

export function answerInput(
	profileId: string,
	questionId: string,
	correct: boolean,
	at: number,
	overrides: Partial<AnswerInput> = {}
): AnswerInput {
	return {
		profileId,
		packId: 'pack-a',
		questionId,
		answer: correct ? 'a' : 'b',
		points: correct ? 1 : 0,
		max: 1,
		correct,
		at,
		...overrides
	};
}

/** Every table's content, keys sorted, for "nothing changed" assertions. */
export async function dumpDb(db: ProgressDb) {
	const sortBy = <T>(rows: T[], key: (r: T) => string) =>
		[...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	return {
		packs: sortBy(await db.packs.toArray(), (r) => r.id),
		profiles: sortBy(await db.profiles.toArray(), (r) => r.id),
		runs: sortBy(await db.runs.toArray(), (r) => r.id),
		events: sortBy(await db.events.toArray(), (r) => r.id),
		cards: sortBy(await db.cards.toArray(), (r) => `${r.profileId}|${r.packId}|${r.questionId}`),
		settings: sortBy(await db.settings.toArray(), (r) => `${r.scope}|${r.key}`)
	};
}

/** The full factory pack (a scenario with every step kind, one question of each kind), parsed. */
export function makeDashboardPack(): Pack {
	return v.parse(PackSchema, makePack());
}

/**
 * A profile with some history: a finished scenario run on day 0 (4 of 5 points: a decision, a
 * partners step and its question) and a quiz over several packs on day 1 (1 of 2 points).
 */
export async function seedProgress(db: ProgressDb, profileId: string, at = T0) {
	const pack = makeDashboardPack();
	await installPack(db, pack, 'builtin', at);
	const base = { profileId, packId: pack.id, packVersion: pack.version, state: {} };
	const scenarioRun = await startRun(db, {
		...base,
		kind: 'scenario',
		scenarioId: 'liaison-basics',
		at
	});
	const step = (event: StepInput, offset: number, finish = false) =>
		saveRunStep(db, { runId: scenarioRun.id, state: {}, event, at: at + offset, finish });
	await step(
		{ kind: 'step', stepId: 'decide', answer: 'share', points: 2, max: 2, correct: true },
		MINUTE
	);
	await step(
		{
			kind: 'step',
			stepId: 'partners',
			answer: ['federal-police'],
			points: 1,
			max: 2,
			correct: false
		},
		2 * MINUTE
	);
	await step(
		{ kind: 'answer', questionId: 'q-step', answer: true, points: 1, max: 1, correct: true },
		3 * MINUTE,
		true
	);
	const quizRun = await startRun(db, { ...base, packId: '*', kind: 'quiz', at: at + DAY });
	const quiz = { packId: pack.id, runId: quizRun.id };
	await recordAnswer(db, answerInput(profileId, 'q-single', false, at + DAY + MINUTE, quiz));
	await recordAnswer(db, answerInput(profileId, 'q-truefalse', true, at + DAY + 2 * MINUTE, quiz));
	await endRun(db, quizRun.id, { at: at + DAY + 3 * MINUTE });
	return { pack, scenarioRun, quizRun };
}

export interface WriteFault {
	/** Off until a test arms it, so set-up writes go through. */
	armed: boolean;
	/** How many more writes (puts, adds, deletes) go through once armed before the fault (counts down). */
	after: number;
	/**
	 * 'abort' aborts the IndexedDB transaction itself, as the browser does when a tab closes
	 * mid-write; 'quota' makes the write fail with a QuotaExceededError (device full).
	 */
	kind: 'abort' | 'quota';
}

/** Dexie middleware (pass to `openTestDb({ configure: (db) => db.use(...) })`) that fails a write. */
export function faultyWrites(fault: WriteFault): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'test-faulty-writes',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (req) => {
						if (!fault.armed) return table.mutate(req);
						if (fault.after > 0) {
							fault.after--;
							return table.mutate(req);
						}
						if (fault.kind === 'quota') {
							return Promise.reject(
								new DOMException('The quota has been exceeded.', 'QuotaExceededError')
							);
						}
						(req.trans as unknown as IDBTransaction).abort();
						return Promise.reject(new DOMException('The transaction was aborted.', 'AbortError'));
					}
				};
			}
		})
	};
}
