import type { ImportReport, ProgressErrorCode, StorageEstimate } from '$lib/progress';
import { learner } from './learner.svelte';
import { preferences } from './preferences.svelte';

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

function problemOf(error: unknown): ImportProblem {
	const code = (error as { code?: ProgressErrorCode }).code ?? 'write-failed';
	if (code === 'backup-foreign') return { code: 'foreign' };
	if (code === 'backup-unsupported-version') return { code: 'newer-version' };
	if (code !== 'backup-invalid') return { code: 'storage', error: code };
	const detail = String((error as Error).message).replace(/^backup-invalid: /, '');
	if (detail === 'not JSON') return { code: 'not-json' };
	if (detail === 'file too large') return { code: 'too-large' };
	const bounds = /^out of bounds \((\d+)\): (.*)$/.exec(detail);
	if (bounds) return { code: 'out-of-bounds', count: Number(bounds[1]), where: bounds[2]! };
	if (detail === 'rows of another profile' || detail === 'duplicate ids') {
		return { code: 'inconsistent' };
	}
	return { code: 'malformed', where: detail.split(':')[0] ?? '' };
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
		try {
			const report = await progress.importBackup(db, await file.text(), {
				targetProfileId: profileId
			});
			await preferences.reload();
			void this.refreshEstimate();
			return { ok: true, report };
		} catch (error) {
			const problem = problemOf(progress.toProgressError(error));
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
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
