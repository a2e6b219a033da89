import type { Pack } from '$lib/packs/schema';
import type { PersistenceResult, ProgressDb, ProgressErrorCode } from '$lib/progress';

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
	/** The active profile; screens that show a profile's data re-read when it changes. */
	profileId = $state<string | null>(null);
	/** Whether the browser keeps our data under storage pressure (asked after the first save). */
	persistence = $state<PersistenceResult | null>(null);
	#connection: Promise<Connection | null> | undefined;
	#persistenceAsked = false;
	#installed = new Map<string, string>();
	#installing = new Set<Promise<void>>();

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
		this.profileId = profile.id;
		this.status = 'ready';
		this.persistence = await progress.persistenceStatus();
		return { progress, db: opened.db, profileId: profile.id };
	}

	/**
	 * Runs a write; a failure is reported once to the screens instead of breaking the session.
	 * `learnerData: false` for housekeeping (installing a built-in pack, choosing a profile), which
	 * does not by itself make the device worth asking for persistent storage.
	 */
	async write<T>(
		operation: (c: Connection) => Promise<T>,
		{ learnerData = true }: { learnerData?: boolean } = {}
	): Promise<T | undefined> {
		const connection = await this.connect();
		if (!connection) return undefined;
		try {
			const result = await operation(connection);
			this.writeError = null;
			if (learnerData) this.#afterFirstSave(connection);
			return result;
		} catch (error) {
			const code = connection.progress.toProgressError(error).code;
			if (code === 'closed') this.status = 'closed';
			else this.writeError = code;
			return undefined;
		}
	}

	/** Something is now worth keeping: ask the browser, once, not to evict it. */
	#afterFirstSave({ progress }: Connection): void {
		if (this.#persistenceAsked) return;
		this.#persistenceAsked = true;
		void progress.requestPersistenceOnce().then((result) => (this.persistence = result));
	}

	/** Makes another profile the active one: every screen then shows its progress. */
	async switchProfile(profileId: string): Promise<boolean> {
		const connection = await this.connect();
		if (!connection) return false;
		const done = await this.write(
			async ({ progress, db }) => {
				await progress.setActiveProfile(db, profileId);
				return true;
			},
			{ learnerData: false }
		);
		if (!done) return false;
		connection.profileId = profileId;
		this.profileId = profileId;
		return true;
	}

	/**
	 * Records built-in or imported packs so answers to them count for review: one transaction for
	 * all of them (bulk work is batched), and nothing at all for packs already recorded at their
	 * version during this visit.
	 */
	ensureInstalled(packs: readonly Pack[], source: 'builtin' | 'import' | 'link'): Promise<void> {
		const todo = packs.filter((p) => this.#installed.get(p.id) !== p.version);
		if (!todo.length) return Promise.resolve();
		const done = this.write(
			({ progress, db }) =>
				progress.installPacks(
					db,
					todo.map((pack) => ({ pack, source })),
					{ onlyIfChanged: true }
				),
			{ learnerData: false }
		).then((reports) => {
			if (reports) for (const p of todo) this.#installed.set(p.id, p.version);
		});
		this.#installing.add(done);
		const forget = () => void this.#installing.delete(done);
		done.then(forget, forget);
		return done;
	}

	/**
	 * Settles when every install begun so far has. A quiz waits for it before its first question:
	 * an answer's save would otherwise queue behind an install that touches the same tables.
	 */
	async installs(): Promise<void> {
		await Promise.allSettled(this.#installing);
	}
}

export const learner = new Learner();
