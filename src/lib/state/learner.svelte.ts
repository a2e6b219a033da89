import type { Pack } from '$lib/packs/schema';
import type { ProgressDb, ProgressErrorCode } from '$lib/progress';

type Progress = typeof import('$lib/progress');

export interface Connection {
	progress: Progress;
	db: ProgressDb;
	profileId: string;
}

/**
 * The learner's progress store as the screens see it. The database (Dexie, ~30 KB) is loaded after
 * the first paint; when IndexedDB cannot be used the app still plays and says progress is not kept.
 */
class Learner {
	status = $state<'idle' | 'opening' | 'ready' | 'unavailable' | 'closed'>('idle');
	code = $state<ProgressErrorCode | null>(null);
	/** The last write that failed (e.g. storage full); the previous state is intact. */
	writeError = $state<ProgressErrorCode | null>(null);
	#connection: Promise<Connection | null> | undefined;
	#installed = new Map<string, string>();

	connect(): Promise<Connection | null> {
		this.#connection ??= this.#open();
		return this.#connection;
	}

	async #open(): Promise<Connection | null> {
		this.status = 'opening';
		const progress = await import('$lib/progress');
		const opened = await progress.getProgress({
			// Another tab upgraded the database: this one must reload before it writes again.
			onVersionChange: () => (this.status = 'closed')
		});
		if (opened.status !== 'ready') {
			this.status = 'unavailable';
			this.code = opened.code;
			return null;
		}
		const profile = await progress.getActiveProfile(opened.db);
		this.status = 'ready';
		return { progress, db: opened.db, profileId: profile.id };
	}

	/** Runs a write; a failure is reported once to the screens instead of breaking the session. */
	async write<T>(operation: (c: Connection) => Promise<T>): Promise<T | undefined> {
		const connection = await this.connect();
		if (!connection) return undefined;
		try {
			const result = await operation(connection);
			this.writeError = null;
			return result;
		} catch (error) {
			this.writeError = connection.progress.toProgressError(error).code;
			return undefined;
		}
	}

	/** Built-in and imported packs are recorded so answers count for review (once per version). */
	async ensureInstalled(pack: Pack, source: 'builtin' | 'import' | 'link'): Promise<void> {
		if (this.#installed.get(pack.id) === pack.version) return;
		await this.write(({ progress, db }) =>
			progress.installPacks(db, [{ pack, source }], { onlyIfChanged: true })
		);
		this.#installed.set(pack.id, pack.version);
	}
}

export const learner = new Learner();
