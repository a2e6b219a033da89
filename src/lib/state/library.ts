import { builtinPacks, loadBuiltinPack } from 'virtual:liaison/builtin-packs';
import { localize } from '$lib/i18n/pack-text';
import type { Pack } from '$lib/packs/schema';
import { packSummary, type PackSummary } from '$lib/packs/summary';
import type { PackSource } from '$lib/progress';
import { learner } from './learner.svelte';

/** A pack of the learner's library, as lists show it. */
export interface LibraryEntry {
	summary: PackSummary;
	source: PackSource;
}

// Packs opened while IndexedDB is unavailable: playable for this visit, then gone (the storage
// banner says so).
const unsaved = new Map<string, Pack>();

export const isBuiltinPack = (id: string) => builtinPacks.some((p) => p.id === id);

/** A pack by id: built-in packs from the app bundle, imported ones from the learner's device. */
export async function openPack(id: string): Promise<Pack | null> {
	if (isBuiltinPack(id)) {
		const pack = await loadBuiltinPack(id);
		await learner.ensureInstalled(pack, 'builtin');
		return pack;
	}
	const connection = await learner.connect();
	if (!connection) return unsaved.get(id) ?? null;
	const record = await connection.progress.getPack(connection.db, id);
	return record?.pack ?? null;
}

/** Built-in packs first (in their bundle order), then imported ones by title. */
export async function listLibrary(): Promise<LibraryEntry[]> {
	const builtin = builtinPacks.map((summary) => ({ summary, source: 'builtin' as const }));
	const connection = await learner.connect();
	const imported = connection
		? (await connection.progress.listPacks(connection.db))
				.filter((record) => record.source !== 'builtin' && !isBuiltinPack(record.id))
				.map((record) => ({ summary: packSummary(record.pack), source: record.source }))
		: [...unsaved.values()].map((pack) => ({
				summary: packSummary(pack),
				source: 'import' as const
			}));
	const title = (e: LibraryEntry) => localize(e.summary.title, 'fr');
	imported.sort((a, b) => title(a).localeCompare(title(b), 'fr'));
	return [...builtin, ...imported];
}

/** Every pack of the library, loaded whole (quiz pools, dashboard lookups). */
export async function loadLibrary(): Promise<Pack[]> {
	const entries = await listLibrary();
	const packs = await Promise.all(entries.map((e) => openPack(e.summary.id)));
	return packs.filter((p): p is Pack => p !== null);
}

export type ImportOutcome =
	| { ok: true; stored: boolean; previousVersion: string | null }
	| { ok: false; reason: 'builtin-id' | 'write-failed' };

/**
 * Stores an already validated pack from a file or a link. A built-in pack's id cannot be taken;
 * without storage the pack stays playable for this visit only (`stored: false`).
 */
export async function importPack(
	pack: Pack,
	source: Exclude<PackSource, 'builtin'>
): Promise<ImportOutcome> {
	if (isBuiltinPack(pack.id)) return { ok: false, reason: 'builtin-id' };
	const connection = await learner.connect();
	if (!connection) {
		unsaved.set(pack.id, pack);
		return { ok: true, stored: false, previousVersion: null };
	}
	const report = await learner.write(({ progress, db }) => progress.installPack(db, pack, source));
	return report
		? { ok: true, stored: true, previousVersion: report.previousVersion }
		: { ok: false, reason: 'write-failed' };
}

/** Removes an imported pack; its history is kept (see progress/packs.ts). */
export async function removeImportedPack(id: string): Promise<void> {
	unsaved.delete(id);
	if (isBuiltinPack(id)) return;
	await learner.write(({ progress, db }) => progress.removePack(db, id));
}
