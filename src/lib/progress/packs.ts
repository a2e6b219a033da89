/**
 * Installed packs, stored whole so they play offline: a small record (version, question ids, the
 * practice choice) and the pack's content apart (`packBodies`, by id and version). Updating a pack
 * never deletes progress: cards of questions that left the pack are suspended (kept, not
 * scheduled) and come back if the question returns in a later version.
 */
import { Dexie } from 'dexie';
import type { Pack } from '$lib/packs/schema';
import { writeBodyOffThread } from './body-writer';
import type { ProgressDb } from './db';
import { guard } from './errors';
import { questionIdsOf } from './pack-questions';
import type { PackBody, PackRecord, PackSource, StoredPack } from './records';

export { questionIdsOf };

export interface PackToInstall {
	pack: Pack;
	source: PackSource;
	/** Questions whose content changed in this version: their cards start again (answers stay). */
	reset?: readonly string[];
	/** Joins the default practice quiz; left out, an update keeps the stored choice. */
	inPractice?: boolean;
	/** Its content is already in `packBodies` (written by a Worker): only the record is written. */
	bodyStored?: boolean;
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
		db.transaction('rw', db.packs, db.packBodies, db.cards, async () => {
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
			const bodies: PackBody[] = [];
			const reports: InstallReport[] = [];
			entries.forEach(({ pack, source, inPractice, bodyStored }, i) => {
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
						inPractice: inPractice ?? old?.inPractice ?? false
					});
					if (!bodyStored) bodies.push({ id: pack.id, version: pack.version, pack });
				}
			});
			await db.packBodies.bulkPut(bodies);
			await db.packs.bulkPut(records);
			for (const record of records) await dropBodies(db, record.id, record.version);
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

/**
 * Installs one pack whose content the caller also holds as JSON (`body`, made off the main thread
 * by the pack checker): a Worker writes the content, so the main thread does not clone a large
 * pack (a 3.8 MB pack took 0.5-1.1 s of main thread at 4× CPU slowdown); the record and cards
 * follow in one transaction. Without a Worker, or if it fails, the content is written here.
 */
export async function installPackBody(
	db: ProgressDb,
	entry: Omit<PackToInstall, 'bodyStored'> & { body: Blob },
	now = Date.now()
): Promise<InstallReport> {
	const { body, ...install } = entry;
	const bodyStored = await writeBodyOffThread(db.name, body, install.pack);
	const [report] = await installPacks(db, [{ ...install, bodyStored }], { now });
	return report!;
}

/** Deletes the contents of a pack's other versions (or all of them, without `keep`). */
async function dropBodies(db: ProgressDb, packId: string, keep?: string) {
	const keys = await db.packBodies
		.where('[id+version]')
		.between([packId, Dexie.minKey], [packId, Dexie.maxKey], true, true)
		.primaryKeys();
	await db.packBodies.bulkDelete(keys.filter(([, version]) => version !== keep));
}

/** The records with their contents (a record whose content is missing is left out). */
async function withBodies(db: ProgressDb, records: PackRecord[]): Promise<StoredPack[]> {
	const bodies = await db.packBodies.bulkGet(records.map((r) => [r.id, r.version]));
	return records.flatMap((record, i) => {
		const body = bodies[i];
		return body ? [{ ...record, pack: body.pack }] : [];
	});
}

export function getPack(db: ProgressDb, packId: string): Promise<StoredPack | undefined> {
	return guard(() =>
		db.transaction('r', db.packs, db.packBodies, async () => {
			const record = await db.packs.get(packId);
			return record ? (await withBodies(db, [record]))[0] : undefined;
		})
	);
}

/** Packs the learner imported (by file or link), without reading the built-in ones. */
export function listImportedPacks(db: ProgressDb): Promise<StoredPack[]> {
	return guard(() =>
		db.transaction('r', db.packs, db.packBodies, async () =>
			withBodies(db, await db.packs.where('source').anyOf(['import', 'link']).toArray())
		)
	);
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
		db.transaction('rw', db.packs, db.packBodies, db.cards, async () => {
			await db.packs.delete(packId);
			await dropBodies(db, packId);
			await syncSuspended(db, packId, null);
		})
	);
}
