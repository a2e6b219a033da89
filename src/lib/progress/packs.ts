/**
 * Installed packs, stored whole so they play offline. Updating a pack never deletes progress:
 * cards of questions that left the pack are suspended (kept, not scheduled) and come back if the
 * question returns in a later version.
 */
import type { Pack } from '$lib/packs/schema';
import type { ProgressDb } from './db';
import { guard } from './errors';
import { questionIdsOf } from './pack-questions';
import type { PackRecord, PackSource } from './records';

export { questionIdsOf };

export interface PackToInstall {
	pack: Pack;
	source: PackSource;
	/** Questions whose content changed in this version: their cards start again (answers stay). */
	reset?: readonly string[];
	/** Joins the default practice quiz; left out, an update keeps the stored choice. */
	inPractice?: boolean;
}

export interface InstallReport {
	packId: string;
	previousVersion: string | null;
	version: string;
	/** Questions of the previous version missing from this one: their cards are now suspended. */
	removedQuestionIds: string[];
	skipped: boolean;
}

/** Sets each card of the pack to suspended unless its question is in `questionIds`. */
async function syncSuspended(
	db: ProgressDb,
	packId: string,
	questionIds: readonly string[] | null
) {
	const keep = new Set(questionIds ?? []);
	await db.cards
		.where('packId')
		.equals(packId)
		.modify((card) => {
			card.suspended = keep.has(card.questionId) ? 0 : 1;
		});
}

/**
 * Installs or updates packs in one transaction. With `onlyIfChanged` (built-in packs at start-up),
 * a pack whose stored version and source are the same is left alone.
 */
export function installPacks(
	db: ProgressDb,
	entries: readonly PackToInstall[],
	options: { onlyIfChanged?: boolean; now?: number } = {}
): Promise<InstallReport[]> {
	const now = options.now ?? Date.now();
	return guard(() =>
		db.transaction('rw', db.packs, db.cards, async () => {
			if (options.onlyIfChanged) {
				// Keys only: unchanged packs (the usual case at every start) cost no body read.
				const same = await db.packs
					.where('[id+version+source]')
					.anyOf(entries.map((e) => [e.pack.id, e.pack.version, e.source]))
					.primaryKeys();
				if (same.length === entries.length) {
					return entries.map(({ pack }) => ({
						packId: pack.id,
						previousVersion: pack.version,
						version: pack.version,
						removedQuestionIds: [],
						skipped: true
					}));
				}
			}
			const previous = await db.packs.bulkGet(entries.map((e) => e.pack.id));
			const records: PackRecord[] = [];
			const reports: InstallReport[] = [];
			entries.forEach(({ pack, source, inPractice }, i) => {
				const old = previous[i];
				const skipped =
					!!options.onlyIfChanged && old?.version === pack.version && old.source === source;
				const questionIds = skipped && old ? old.questionIds : questionIdsOf(pack);
				const kept = new Set(questionIds);
				reports.push({
					packId: pack.id,
					previousVersion: old?.version ?? null,
					version: pack.version,
					removedQuestionIds: skipped ? [] : (old?.questionIds ?? []).filter((id) => !kept.has(id)),
					skipped
				});
				if (!skipped) {
					records.push({
						id: pack.id,
						version: pack.version,
						source,
						installedAt: now,
						questionIds,
						pack,
						inPractice: inPractice ?? old?.inPractice ?? false
					});
				}
			});
			await db.packs.bulkPut(records);
			for (const record of records) await syncSuspended(db, record.id, record.questionIds);
			for (const { pack, reset } of entries) {
				if (!reset?.length) continue;
				const ids = new Set(reset);
				await db.cards
					.where('packId')
					.equals(pack.id)
					.filter((card) => ids.has(card.questionId))
					.delete();
			}
			return reports;
		})
	);
}

export async function installPack(
	db: ProgressDb,
	pack: Pack,
	source: PackSource,
	now = Date.now(),
	reset: readonly string[] = [],
	inPractice?: boolean
): Promise<InstallReport> {
	const [report] = await installPacks(db, [{ pack, source, reset, inPractice }], { now });
	return report!;
}

export function getPack(db: ProgressDb, packId: string): Promise<PackRecord | undefined> {
	return guard(() => db.packs.get(packId));
}

/** Packs the learner imported (by file or link), without reading the built-in ones. */
export function listImportedPacks(db: ProgressDb): Promise<PackRecord[]> {
	return guard(() => db.packs.where('source').anyOf(['import', 'link']).toArray());
}

/** Whether an imported pack's questions join the default practice quiz (the learner's choice). */
export function setPackInPractice(db: ProgressDb, packId: string, inPractice: boolean) {
	return guard(async () => {
		await db.packs.update(packId, { inPractice });
	});
}

/** Uninstalls a pack; its history stays and its cards are suspended until it is installed again. */
export function removePack(db: ProgressDb, packId: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', db.packs, db.cards, async () => {
			await db.packs.delete(packId);
			await syncSuspended(db, packId, null);
		})
	);
}
