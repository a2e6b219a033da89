/**
 * Bundled for the page by interrupted-write.spec.ts: the real progress store over Chromium's
 * IndexedDB, with a switch that holds a quiz answer's transaction open half-way (its run state
 * and event written, its card not yet), so the test can close the tab at that exact moment.
 */
import type { DBCore, Middleware } from 'dexie';
import {
	ensureProfile,
	installPack,
	openProgress,
	saveRunStep,
	startRun,
	type ProgressDb
} from '$lib/progress';
import { dumpDb, makeProgressPack } from '../../factories/progress';

const NAME = 'interrupted-write';
let hold: (() => void) | null = null;

/** Keeps a transaction alive with one read after another, so it can never commit. */
function keepBusy(trans: IDBTransaction): void {
	const cards = trans.objectStore('cards');
	const again = () => (cards.count().onsuccess = again);
	again();
}

const holdCardWrite: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'hold-card-write',
	create: (down) => ({
		...down,
		table: (name) => {
			const table = down.table(name);
			if (name !== 'cards') return table;
			return {
				...table,
				mutate: (req) => {
					if (!hold) return table.mutate(req);
					keepBusy(req.trans as unknown as IDBTransaction);
					hold();
					return new Promise(() => {});
				}
			};
		}
	})
};

async function open(): Promise<ProgressDb> {
	const opened = await openProgress({ name: NAME, configure: (db) => db.use(holdCardWrite) });
	if (opened.status !== 'ready') throw new Error(`IndexedDB: ${opened.code}`);
	return opened.db;
}

const answer = (correct: boolean) =>
	({ kind: 'answer', questionId: 'q1', answer: 'a', points: 1, max: 1, correct }) as const;

/** A quiz with one answer saved; returns the run id. */
export async function seed(): Promise<string> {
	const db = await open();
	const profileId = (await ensureProfile(db)).id;
	await installPack(db, makeProgressPack(), 'builtin');
	const run = await startRun(db, {
		kind: 'quiz',
		profileId,
		packId: 'pack-a',
		packVersion: '1.0.0',
		state: { index: 1 }
	});
	await saveRunStep(db, { runId: run.id, state: { index: 1 }, event: answer(true) });
	db.close();
	return run.id;
}

/** Starts the next answer's save and resolves once it is half-way, its transaction held open. */
export async function startAnswerAndHold(runId: string): Promise<void> {
	const db = await open();
	await new Promise<void>((resolve) => {
		hold = resolve;
		void saveRunStep(db, { runId, state: { index: 2 }, event: answer(false) });
	});
}

export async function dump(): Promise<unknown> {
	const db = await open();
	const rows = await dumpDb(db);
	db.close();
	return rows;
}
