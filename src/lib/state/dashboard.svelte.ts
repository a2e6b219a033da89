import type { Pack } from '$lib/packs/schema';
import type { DashboardData, ProgressErrorCode } from '$lib/progress';
import { learner, type Connection } from './learner.svelte';
import { loadLibrary } from './library';
import { buildPackIndex, type PackIndex } from './pack-index';

export interface DashboardSource {
	connect(): Promise<Connection | null>;
	packs(): Promise<Pack[]>;
}

const REFRESH_MS = 60_000;

const appSource: DashboardSource = {
	connect: () => learner.connect(),
	packs: loadLibrary
};

/**
 * The progress dashboard of the active profile, kept up to date by a live query: an answer saved
 * in this tab or another one shows at once.
 */
export class ProgressDashboard {
	status = $state<'loading' | 'ready' | 'unavailable' | 'error'>('loading');
	error = $state<ProgressErrorCode | null>(null);
	data = $state.raw<DashboardData | null>(null);
	index = $state.raw<PackIndex>(buildPackIndex([]));

	constructor(private readonly source: DashboardSource = appSource) {}

	get empty(): boolean {
		return !this.data || (this.data.answered === 0 && this.data.attempts.length === 0);
	}

	/** Watches the given (or connected) profile until the returned function is called. */
	watch(profileId?: string | null): () => void {
		let stop: (() => void) | undefined;
		let stopped = false;
		(async () => {
			const connection = await this.source.connect();
			if (stopped) return;
			if (!connection) {
				this.status = 'unavailable';
				return;
			}
			const index = buildPackIndex(await this.source.packs());
			if (stopped) return;
			this.index = index;
			const { progress, db } = connection;
			const id = profileId ?? connection.profileId;
			const subscribe = () =>
				progress.observe(
					() => progress.dashboardData(db, id, index, Date.now()),
					(data) => {
						this.data = data;
						this.status = 'ready';
					},
					(code) => {
						this.error = code;
						this.status = 'error';
					}
				);
			let unsubscribe = subscribe();
			// A live query re-runs on changes only; cards also fall due as time passes.
			const timer = setInterval(() => {
				unsubscribe();
				unsubscribe = subscribe();
			}, REFRESH_MS);
			stop = () => {
				clearInterval(timer);
				unsubscribe();
			};
		})();
		return () => {
			stopped = true;
			stop?.();
		};
	}
}
