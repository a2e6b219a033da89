import { builtinPacks, loadBuiltinPack } from 'virtual:liaison/builtin-packs';
import { locale } from '$lib/i18n/index.svelte';
import { byTitle } from '$lib/i18n/pack-text';
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

/**
 * A pack by id: built-in packs from the app bundle, imported ones from the learner's device. A
 * built-in pack about to be played is recorded in the store first (answers to it then count for
 * review); `install: false` only reads it, which keeps a first visit from writing every pack.
 */
export async function openPack(id: string, { install = true } = {}): Promise<Pack | null> {
	if (isBuiltinPack(id)) {
		const pack = await loadBuiltinPack(id);
		// Not awaited: the screen need not wait for the write, and IndexedDB runs it before any
		// answer given later (transactions on the same tables run in the order they were opened).
		if (install) void learner.ensureInstalled([pack], 'builtin');
		return pack;
	}
	const connection = await learner.connect();
	if (!connection) return unsaved.get(id) ?? null;
	const record = await connection.progress.getPack(connection.db, id);
	return record?.pack ?? null;
}

/**
 * Records the built-in packs among these before they are played (imported ones are stored), in
 * one transaction; `learner.installs()` tells when it has settled.
 */
export function installForPlay(packs: readonly Pack[]): Promise<void> {
	return learner.ensureInstalled(
		packs.filter((p) => isBuiltinPack(p.id)),
		'builtin'
	);
}

/**
 * Imported packs (by file or link) by their title in the UI language; kept in memory when the
 * device has no storage.
 */
async function importedPacks(): Promise<{ pack: Pack; source: PackSource }[]> {
	const connection = await learner.connect();
	const entries = connection
		? (await connection.progress.listImportedPacks(connection.db))
				.filter((r) => !isBuiltinPack(r.id))
				.map(({ pack, source }) => ({ pack, source }))
		: [...unsaved.values()].map((pack) => ({ pack, source: 'import' as const }));
	const order = byTitle(locale.current);
	return entries.sort((a, b) => order(a.pack, b.pack));
}

/** Built-in packs first (in their bundle order), then imported ones by title. */
export async function listLibrary(): Promise<LibraryEntry[]> {
	const builtin = builtinPacks.map((summary) => ({ summary, source: 'builtin' as const }));
	const imported = (await importedPacks()).map(({ pack, source }) => ({
		summary: packSummary(pack),
		source
	}));
	return [...builtin, ...imported];
}

/** Every pack of the library, loaded whole (quiz pools, dashboard lookups); nothing is written. */
export async function loadLibrary(): Promise<Pack[]> {
	// Bundled packs load while the database opens: no wait for one before the other.
	const [builtin, imported] = await Promise.all([
		Promise.all(builtinPacks.map((p) => loadBuiltinPack(p.id))),
		importedPacks()
	]);
	return [...builtin, ...imported.map((e) => e.pack)];
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
	source: Exclude<PackSource, 'builtin'>,
	/** Questions whose content changed since the stored version: their progress starts again. */
	reset: readonly string[] = []
): Promise<ImportOutcome> {
	if (isBuiltinPack(pack.id)) return { ok: false, reason: 'builtin-id' };
	const connection = await learner.connect();
	if (!connection) {
		unsaved.set(pack.id, pack);
		return { ok: true, stored: false, previousVersion: null };
	}
	const report = await learner.write(({ progress, db }) =>
		progress.installPack(db, pack, source, Date.now(), reset)
	);
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
