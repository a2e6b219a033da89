/**
 * Opening the store. Nothing here runs at module load: the app calls getProgress() in the browser,
 * tests call openProgress() with a fresh name.
 */
import type { DexieOptions } from 'dexie';
import { DEFAULT_DB_NAME, ProgressDb, SCHEMA_VERSION } from './db';
import { ProgressError, toProgressError, type ProgressErrorCode } from './errors';
import { ensureProfile } from './profiles';

export type OpenResult =
	| { status: 'ready'; db: ProgressDb }
	/** The app can still be played, without saving progress. */
	| { status: 'unavailable'; code: ProgressErrorCode; error?: unknown };

export interface OpenOptions {
	name?: string;
	/**
	 * Another tab upgraded or deleted the database: ours is now closed for good (every call fails
	 * with code 'closed') and the app should ask the learner to reload.
	 */
	onVersionChange?: () => void;
	/** Our upgrade waits for another tab that still has the old version open. */
	onBlocked?: () => void;
	/** Tests: inject an IndexedDB implementation. */
	dexieOptions?: DexieOptions;
	/** Tests: add middleware before the database opens. */
	configure?: (db: ProgressDb) => void;
}

function hasIndexedDb(options: OpenOptions): boolean {
	if (options.dexieOptions?.indexedDB) return true;
	try {
		// Reading the global itself can throw in some sandboxed iframes.
		return typeof globalThis.indexedDB?.open === 'function';
	} catch {
		return false;
	}
}

export async function openProgress(options: OpenOptions = {}): Promise<OpenResult> {
	if (!hasIndexedDb(options)) return { status: 'unavailable', code: 'unavailable' };
	const db = new ProgressDb(options.name ?? DEFAULT_DB_NAME, options.dexieOptions);
	db.on('versionchange', () => {
		// Close for good: Dexie's default would reopen on next use, on a schema it no longer knows.
		db.close();
		options.onVersionChange?.();
		return false;
	});
	db.on('blocked', () => {
		options.onBlocked?.();
	});
	options.configure?.(db);
	try {
		await db.open();
		// Dexie 4 opens a database a newer app version upgraded; writing old-shaped records into it
		// could corrupt it, so a stale tab must reload instead.
		// (Dexie stores version n as 10n; a patch bump may add 1.)
		if (Math.floor(db.backendDB().version / 10) > SCHEMA_VERSION) {
			throw new ProgressError('outdated-app');
		}
		await ensureProfile(db);
	} catch (error) {
		db.close();
		const code = toProgressError(error).code;
		return { status: 'unavailable', code: code === 'write-failed' ? 'unavailable' : code, error };
	}
	return { status: 'ready', db };
}

let shared: Promise<OpenResult> | undefined;

/** The app's database, opened on first call (browser only) and shared afterwards. */
export function getProgress(options?: OpenOptions): Promise<OpenResult> {
	if (typeof window === 'undefined') {
		return Promise.resolve({ status: 'unavailable', code: 'unavailable' });
	}
	shared ??= openProgress(options);
	return shared;
}
