import {
	findScenario,
	lastChanges,
	progressRatio,
	scenarioRecord,
	shownVariables,
	steadyProgress,
	type RunState,
	type SteadyProgress
} from '$lib/engine';
import { withDiscovered } from '$lib/engine/endings';
import type { Pack } from '$lib/packs/schema';
import type { Connection } from './learner.svelte';
import type { PlaySession } from './play-session.svelte';

/**
 * What makes a run feel like a game, beside the session itself: the shown variables, what the
 * last decision changed, and how far the run has come (a figure that never goes back).
 */
export class PlayStakes {
	#shown: SteadyProgress | null = null;

	constructor(private readonly session: Pick<PlaySession, 'pack' | 'state' | 'feedback'>) {}

	// Derived, not getters: the player and its gauges read these several times per screen, and
	// each read of a getter replayed the whole history (measured on the tap → feedback path).
	readonly scenario = $derived.by(() =>
		findScenario(this.session.pack, this.session.state.scenarioId)!
	);

	readonly gauges = $derived(shownVariables(this.scenario));

	/** What the answer on screen changed; empty once the trainee moved on. */
	readonly changes = $derived.by(() =>
		this.session.feedback ? lastChanges(this.scenario, this.session.state) : []
	);

	readonly progress = $derived.by(() => {
		const state = this.session.state;
		this.#shown = steadyProgress(
			this.#shown,
			state.history.length,
			progressRatio(this.scenario, state)
		);
		return this.#shown.ratio;
	});
}

interface EndingStore {
	connect(): Promise<Connection | null>;
}

/**
 * The endings this learner reached before the run on screen, to say when an ending is new.
 * Read once when play starts, from the finished runs (no record of its own).
 */
export class EndingLog {
	known = $state.raw<ReadonlySet<string> | null>(null);

	async load(store: EndingStore, pack: Pack, scenarioId: string): Promise<void> {
		const connection = await store.connect();
		const scenario = findScenario(pack, scenarioId);
		if (!connection || !scenario) return;
		const { progress, db, profileId } = connection;
		const runs = await progress.listRuns(db, profileId, { status: 'finished', packId: pack.id });
		const states = runs
			.filter((run) => run.kind === 'scenario' && run.scenarioId === scenarioId)
			.map((run) => run.state);
		this.known = scenarioRecord(scenario, states).discovered;
	}

	isNew(state: RunState): boolean {
		const id = state.ending?.stepId;
		return (
			state.status === 'finished' && !!id && !state.timeUp && !!this.known && !this.known.has(id)
		);
	}

	/** The trainee plays again: the ending just reached is no longer new. */
	remember(state: RunState): void {
		const id = state.ending?.stepId;
		if (this.known && id && !state.timeUp) this.known = withDiscovered(this.known, id);
	}
}
