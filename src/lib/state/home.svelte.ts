import { builtinPacks } from 'virtual:liaison/builtin-packs';
import type { ScenarioRecord } from '$lib/engine/endings';
import type { Pack } from '$lib/packs/schema';
import type { PackProgress } from '$lib/progress';
import type { ContinueTarget } from '$lib/quiz/continue';
import type { LibraryEntry } from './library';
import type { QuizStore } from './quiz-session.svelte';

export type { ContinueTarget };

export interface HomeSources {
	listLibrary(): Promise<LibraryEntry[]>;
	loadLibrary(): Promise<Pack[]>;
}

/**
 * What the home screen adds to the pack list once the database is open: where to continue, how
 * many reviews are due, progress per pack, and the imported packs. The first paint never waits
 * for it: until `load` resolves the screen shows the built-in packs only.
 */
export class HomeOverview {
	entries = $state.raw<LibraryEntry[]>(
		builtinPacks.map((summary) => ({ summary, source: 'builtin', inPractice: true }))
	);
	progress = $state.raw<ReadonlyMap<string, PackProgress> | null>(null);
	due = $state<number | null>(null);
	resume = $state.raw<ContinueTarget | null>(null);
	/** Best grade and endings reached, by `recordKey(pack, scenario)`. */
	records = $state.raw<ReadonlyMap<string, ScenarioRecord> | null>(null);
	loaded = $state(false);

	constructor(
		private readonly store: QuizStore,
		private readonly sources: HomeSources
	) {}

	async load(now = Date.now()): Promise<void> {
		try {
			await this.#load(now);
		} catch {
			// A closed or failing database leaves the built-in list as it is; the banner explains.
		} finally {
			this.loaded = true;
		}
	}

	async #load(now: number): Promise<void> {
		this.entries = await this.sources.listLibrary();
		const connection = await this.store.connect();
		if (!connection) return;
		const { progress, db, profileId } = connection;
		// The quiz core (valibot, engine) stays out of the home screen's first load.
		const [packs, quiz, endings] = await Promise.all([
			this.sources.loadLibrary(),
			import('$lib/quiz/continue'),
			import('$lib/engine/endings')
		]);
		const [due, runs, perPack, finished] = await Promise.all([
			progress.dueCount(db, profileId, now),
			progress.listRuns(db, profileId, { status: 'in-progress' }),
			progress.packProgress(db, profileId, quiz.questionIdsByPack(packs)),
			progress.listRuns(db, profileId, { status: 'finished' })
		]);
		this.due = due;
		this.progress = perPack;
		this.resume = quiz.continueTarget(runs, quiz.packIndex(packs));
		this.records = endings.recordsByScenario(packs, finished);
	}
}
