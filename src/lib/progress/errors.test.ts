import { Dexie, type DBCore, type Middleware } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
	T0,
	answerInput,
	dumpDb,
	freshDbName,
	makeProgressPack,
	openTestDb
} from '../../../tests/factories/progress';
import { recordAnswer } from './answers';
import { ProgressError, toProgressError } from './errors';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_STORES, V6_STORES } from './db';
import { getProgress, openProgress } from './open';
import { installPack } from './packs';
import { saveRunStep, startRun } from './runs';

/** Makes every write to `table` fail with a QuotaExceededError while `armed.on` is true. */
function quotaMiddleware(table: string, armed: { on: boolean }): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'test-quota',
		create: (down) => ({
			...down,
			table: (name) => {
				const t = down.table(name);
				if (name !== table) return t;
				return {
					...t,
					mutate: (req) =>
						armed.on
							? Promise.reject(
									new DOMException('The quota has been exceeded.', 'QuotaExceededError')
								)
							: t.mutate(req)
				};
			}
		})
	};
}

describe('toProgressError', () => {
	it('recognises quota errors however they are wrapped', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(toProgressError(quota).code).toBe('quota-exceeded');
		expect(toProgressError(new Dexie.QuotaExceededError('full')).code).toBe('quota-exceeded');
		expect(toProgressError(new Dexie.AbortError('aborted', quota)).code).toBe('quota-exceeded');
		expect(toProgressError(new Dexie.BulkError('bulk', [quota])).code).toBe('quota-exceeded');
	});

	it('maps closed, unavailable and version errors, and anything else to write-failed', () => {
		expect(toProgressError(new Dexie.DatabaseClosedError()).code).toBe('closed');
		expect(toProgressError(new Dexie.MissingAPIError()).code).toBe('unavailable');
		expect(toProgressError(new DOMException('x', 'InvalidStateError')).code).toBe('unavailable');
		expect(toProgressError(new Dexie.VersionError('too new')).code).toBe('outdated-app');
		expect(toProgressError(new Error('boom')).code).toBe('write-failed');
		expect(toProgressError('boom').code).toBe('write-failed');
	});

	it('passes ProgressErrors through', () => {
		const error = new ProgressError('not-found');
		expect(toProgressError(error)).toBe(error);
	});
});

describe('storage full', () => {
	it('reports quota-exceeded and leaves the last good state whole (recordAnswer)', async () => {
		const armed = { on: false };
		const { db, profileId } = await openTestDb({
			configure: (db) => db.use(quotaMiddleware('cards', armed))
		});
		await installPack(db, makeProgressPack(), 'builtin', T0);
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
		const before = await dumpDb(db);
		armed.on = true;
		// The event write succeeds, then the card write fails: the event must be rolled back too.
		await expect(
			recordAnswer(db, answerInput(profileId, 'q1', false, T0 + 1))
		).rejects.toMatchObject({ code: 'quota-exceeded' });
		expect(await dumpDb(db)).toEqual(before);
		armed.on = false;
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0 + 2));
		expect(await db.events.count()).toBe(2);
	});

	it('keeps the previous run step whole (saveRunStep)', async () => {
		const armed = { on: false };
		const { db, profileId } = await openTestDb({
			configure: (db) => db.use(quotaMiddleware('events', armed))
		});
		const run = await startRun(db, {
			kind: 'scenario',
			profileId,
			packId: 'pack-a',
			packVersion: '1.0.0',
			scenarioId: 's',
			state: { step: 's1' },
			at: T0
		});
		const step = {
			kind: 'step',
			stepId: 's1',
			answer: 'a',
			points: 2,
			max: 2,
			correct: true
		} as const;
		await saveRunStep(db, { runId: run.id, state: { step: 's2' }, event: step, at: T0 + 1 });
		const before = await dumpDb(db);
		armed.on = true;
		await expect(
			saveRunStep(db, { runId: run.id, state: { step: 's3' }, event: step, at: T0 + 2 })
		).rejects.toMatchObject({ code: 'quota-exceeded' });
		expect(await dumpDb(db)).toEqual(before);
		expect((await db.runs.get(run.id))!.state).toEqual({ step: 's2' });
	});
});

describe('opening', () => {
	it('never opens outside the browser (SSR, prerender)', async () => {
		expect(typeof window).toBe('undefined');
		expect(await getProgress()).toEqual({ status: 'unavailable', code: 'unavailable' });
	});

	it('reports unavailable when IndexedDB is missing', async () => {
		const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
		Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
		try {
			expect(await openProgress({ name: freshDbName() })).toEqual({
				status: 'unavailable',
				code: 'unavailable'
			});
		} finally {
			Object.defineProperty(globalThis, 'indexedDB', saved!);
		}
	});

	it('reports unavailable when opening fails (private browsing)', async () => {
		const broken = {
			open: () => {
				throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
			},
			deleteDatabase: () => {
				throw new DOMException('no', 'InvalidStateError');
			},
			cmp: indexedDB.cmp.bind(indexedDB),
			databases: async () => []
		} as unknown as IDBFactory;
		const result = await openProgress({
			name: freshDbName(),
			dexieOptions: { indexedDB: broken, IDBKeyRange }
		});
		expect(result).toMatchObject({ status: 'unavailable', code: 'unavailable' });
	});

	it('reports outdated-app when a newer app version already upgraded the database', async () => {
		const name = freshDbName();
		const future = new Dexie(name);
		future.version(1).stores(V1_STORES);
		future.version(2).stores(V2_STORES);
		future.version(3).stores(V3_STORES);
		future.version(4).stores(V4_STORES);
		future.version(5).stores(V5_STORES);
		future.version(6).stores(V6_STORES);
		future.version(7).stores({ badges: 'id' });
		await future.open();
		future.close();
		const result = await openProgress({ name });
		expect(result).toMatchObject({ status: 'unavailable', code: 'outdated-app' });
	});
});

describe('another tab upgrades the database', () => {
	it('closes ours, tells the app, and refuses further writes with code closed', async () => {
		const onVersionChange = vi.fn();
		const { db, profileId, name } = await openTestDb({ onVersionChange });
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
		// A newer app version in another tab opens the database at a higher version.
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(name, db.verno * 10 + 10);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
			request.onblocked = () => reject(new Error('blocked: the old connection stayed open'));
		});
		expect(onVersionChange).toHaveBeenCalledTimes(1);
		expect(db.isOpen()).toBe(false);
		await expect(
			recordAnswer(db, answerInput(profileId, 'q1', true, T0 + 1))
		).rejects.toMatchObject({
			code: 'closed'
		});
	});
});
