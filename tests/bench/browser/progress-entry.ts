/**
 * Bundled for the page by tests/bench/browser.ts: the real progress store (Dexie over Chromium's
 * IndexedDB) and the quiz draw, timed from inside the page so the figures exclude the test driver.
 */
import {
	dashboardData,
	ensureProfile,
	getPack,
	installPack,
	mistakes,
	openProgress,
	rebuildCards,
	recordAnswer,
	saveRunStep,
	startRun,
	type ProgressDb
} from '$lib/progress';
import { answerEvent } from '$lib/progress/answers';
import type { Pack } from '$lib/packs/schema';
import { drawQuestions, filterPool, NO_FILTERS, poolOf } from '$lib/quiz/selection';

let db: ProgressDb;
let profileId: string;
let pack: Pack;

async function times(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn(i);
		out.push(performance.now() - start);
	}
	return out;
}

export async function setup(
	input: Pack,
	durability?: 'relaxed' | 'strict' | 'default'
): Promise<void> {
	pack = input;
	const opened = await openProgress({
		name: `bench-${Date.now()}`,
		...(durability ? { dexieOptions: { chromeTransactionDurability: durability } } : {})
	});
	if (opened.status !== 'ready') throw new Error(`IndexedDB: ${opened.code}`);
	db = opened.db;
	profileId = (await ensureProfile(db)).id;
	await installPack(db, pack, 'import');
}

export function storeAnswer(runs: number): Promise<number[]> {
	return times(runs, (i) =>
		recordAnswer(db, {
			profileId,
			packId: pack.id,
			questionId: pack.questions[i % pack.questions.length]!.id,
			answer: { kind: 'single', choice: 'a' },
			points: i % 3 ? 1 : 0,
			max: 1,
			correct: i % 3 !== 0
		})
	);
}

/**
 * What an answer in a quiz or scenario waits for before its verdict shows: the run's state and the
 * answer event written in one transaction, until it has committed.
 */
export async function storeRunStep(runs: number): Promise<number[]> {
	const run = await startRun(db, {
		kind: 'quiz',
		profileId,
		packId: pack.id,
		packVersion: pack.version,
		state: { index: 0 }
	});
	return times(runs, (i) =>
		saveRunStep(db, {
			runId: run.id,
			state: { index: i + 1 },
			event: {
				kind: 'answer',
				questionId: pack.questions[i % pack.questions.length]!.id,
				answer: { kind: 'single', choice: 'a' },
				points: 1,
				max: 1,
				correct: true
			}
		})
	);
}

/** What the quiz screen does to show its first question: read the stored pack, filter, draw. */
export function openToFirstQuestion(runs: number): Promise<number[]> {
	return times(runs, async (i) => {
		const record = await getPack(db, pack.id);
		const pool = filterPool(poolOf([record!.pack]), NO_FILTERS);
		const [first] = drawQuestions(pool, 20, `seed-${i}`);
		if (!first) throw new Error('no question');
	});
}

/** Fills the log to `total` answers in one transaction (as a backup import would), then times the dashboard's reads. */
export async function dashboard(total: number, runs: number): Promise<number[]> {
	const now = Date.now();
	const existing = await db.events.count();
	const events = Array.from({ length: Math.max(0, total - existing) }, (_, i) =>
		answerEvent({
			profileId,
			packId: pack.id,
			questionId: pack.questions[i % pack.questions.length]!.id,
			answer: { kind: 'single', choice: 'a' },
			points: i % 4 ? 1 : 0,
			max: 1,
			correct: i % 4 !== 0,
			at: now - (total - i) * 60_000
		})
	);
	await db.transaction('rw', db.events, () => db.events.bulkAdd(events));
	await rebuildCards(db, profileId);
	const topics = new Map(pack.questions.map((q) => [q.id, q]));
	const lookup = (_: string, id: string) => topics.get(id);
	// What the progress screen reads, plus the mistakes list the quiz filter uses.
	return times(runs, () =>
		Promise.all([dashboardData(db, profileId, { questions: lookup }, now), mistakes(db, profileId)])
	);
}
