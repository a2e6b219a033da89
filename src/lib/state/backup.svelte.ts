import type {
	ImportReport,
	ProgressError,
	ProgressErrorCode,
	StorageEstimate
} from '$lib/progress';
import { learner } from './learner.svelte';
import { preferences } from './preferences.svelte';
import { offerDownload } from './download';

/** Why a backup file was refused, precise enough to tell the learner what is wrong with it. */
export type ImportProblem =
	| { code: 'not-json' | 'too-large' | 'inconsistent' | 'foreign' | 'newer-version' }
	| { code: 'malformed'; where: string }
	| { code: 'out-of-bounds'; where: string; count: number }
	| { code: 'storage'; error: ProgressErrorCode };

export type ImportResult =
	{ ok: true; report: ImportReport } | { ok: false; problem: ImportProblem };

/** Files larger than this are refused before being read (see MAX_BACKUP_CHARS). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

type Progress = typeof import('$lib/progress');

/** What the learner is told about a refused file; the progress store says why in typed fields. */
function problemOf(progress: Progress, error: ProgressError): ImportProblem {
	if (error instanceof progress.BackupInvalidError) {
		const { reason } = error;
		if (reason.kind === 'malformed') return { code: 'malformed', where: reason.where };
		if (reason.kind === 'out-of-bounds') {
			return { code: 'out-of-bounds', where: reason.where, count: reason.count };
		}
		return { code: reason.kind };
	}
	if (error.code === 'backup-foreign') return { code: 'foreign' };
	if (error.code === 'backup-unsupported-version') return { code: 'newer-version' };
	return { code: 'storage', error: error.code };
}

/** Backup export and import, progress reset and storage figures of the active profile. */
export class BackupState {
	estimate = $state<StorageEstimate | null>(null);

	async refreshEstimate(): Promise<void> {
		const connection = await learner.connect();
		this.estimate = connection ? await connection.progress.storageEstimate() : null;
	}

	/** The active profile as one JSON file, or null without storage. */
	async exportFile(now = Date.now()): Promise<{ name: string; text: string } | null> {
		const backup = await learner.write(({ progress, db, profileId }) =>
			progress.exportProfile(db, profileId, now)
		);
		if (!backup) return null;
		const day = new Date(now).toISOString().slice(0, 10); // eslint-disable-line svelte/prefer-svelte-reactivity -- a one-off string, not state
		const who = backup.profile.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
		return {
			name: `liaison-progress-${who ? `${who}-` : ''}${day}.json`,
			text: JSON.stringify(backup)
		};
	}

	/** Merges a backup into the active profile; a refused file changes nothing. */
	async importFile(file: Blob): Promise<ImportResult> {
		if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } };
		const connection = await learner.connect();
		if (!connection) return { ok: false, problem: { code: 'storage', error: 'unavailable' } };
		const { progress, db, profileId } = connection;
		let text: string;
		try {
			text = await file.text();
		} catch {
			// The file went away or cannot be read since it was chosen: as good as a damaged file.
			return { ok: false, problem: { code: 'not-json' } };
		}
		try {
			const report = await progress.importBackup(db, text, { targetProfileId: profileId });
			await preferences.reload();
			void this.refreshEstimate();
			return { ok: true, report };
		} catch (error) {
			// Only the store's own failures are the learner's to read; anything else is a bug and
			// goes on to the error hook.
			if (!(error instanceof progress.ProgressError)) throw error;
			const problem = problemOf(progress, error);
			if (problem.code === 'storage' && problem.error === 'closed') learner.status = 'closed';
			return { ok: false, problem };
		}
	}

	/** Forgets the active profile's runs, answers and schedule (the UI confirms first). */
	async reset(): Promise<boolean> {
		const done = await learner.write(async ({ progress, db, profileId }) => {
			await progress.resetProgress(db, profileId);
			return true;
		});
		void this.refreshEstimate();
		return done === true;
	}
}

/** Offers a text as a file download (the browser's own save dialog or downloads bar). */
export function download(name: string, text: string): void {
	offerDownload(name, new Blob([text], { type: 'application/json' }));
}
