import { builtinPacks, loadBuiltinPack, loadBuiltinScenario } from 'virtual:liaison/builtin-packs';
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
	/** Its questions join the default practice quiz (always for built-in packs). */
	inPractice: boolean;
}

// Packs opened while IndexedDB is unavailable: playable for this visit, then gone (the storage
// banner says so).
const unsaved = new Map<string, { pack: Pack; inPractice: boolean }>();

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
	if (!connection) return unsaved.get(id)?.pack ?? null;
	const record = await connection.progress.getPack(connection.db, id);
	return record?.pack ?? null;
}

/**
 * What a scenario's screen plays, and how to record its pack in the store. A built-in pack comes
 * as that scenario alone (no question bank, no database: the first step shows sooner), the whole
 * pack loaded and recorded only when `install` is called; an imported pack comes from the device.
 * Null for an unknown pack or scenario.
 */
export async function openScenario(
	packId: string,
	scenarioId: string
): Promise<{ pack: Pack; install: () => Promise<void> } | null> {
	if (!isBuiltinPack(packId)) {
		const pack = await openPack(packId);
		return pack && { pack, install: () => Promise.resolve() };
	}
	const pack = await loadBuiltinScenario(packId, scenarioId);
	const install = () =>
		loadBuiltinPack(packId).then((whole) => learner.ensureInstalled([whole], 'builtin'));
	return pack && { pack, install };
}

/** A stored imported pack with the learner's practice choice (for a new version's preview). */
export async function openImported(
	id: string
): Promise<{ pack: Pack; inPractice: boolean } | null> {
	if (isBuiltinPack(id)) return null;
	const connection = await learner.connect();
	if (!connection) return unsaved.get(id) ?? null;
	const record = await connection.progress.getPack(connection.db, id);
	return record ? { pack: record.pack, inPractice: !!record.inPractice } : null;
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

interface Imported {
	pack: Pack;
	source: PackSource;
	inPractice: boolean;
}

/**
 * Imported packs (by file or link) by their title in the UI language; kept in memory when the
 * device has no storage.
 */
async function importedPacks(): Promise<Imported[]> {
	const connection = await learner.connect();
	const entries: Imported[] = connection
		? (await connection.progress.listImportedPacks(connection.db))
				.filter((r) => !isBuiltinPack(r.id))
				.map(({ pack, source, inPractice }) => ({ pack, source, inPractice: !!inPractice }))
		: [...unsaved.values()].map((e) => ({ ...e, source: 'import' as const }));
	const order = byTitle(locale.current);
	return entries.sort((a, b) => order(a.pack, b.pack));
}

/** Built-in packs first (in their bundle order), then imported ones by title. */
export async function listLibrary(): Promise<LibraryEntry[]> {
	const builtin = builtinPacks.map((summary) => ({
		summary,
		source: 'builtin' as const,
		inPractice: true
	}));
	const imported = (await importedPacks()).map(({ pack, source, inPractice }) => ({
		summary: packSummary(pack),
		source,
		inPractice
	}));
	return [...builtin, ...imported];
}

/** Every pack of the library, loaded whole (quiz pools, dashboard lookups); nothing is written. */
export async function loadLibrary(): Promise<Pack[]> {
	return (await loadQuizLibrary()).packs;
}

/**
 * The library for the quiz: every pack, and the imported ones the learner left out of the
 * default practice pool (still playable when picked by name).
 */
export async function loadQuizLibrary(): Promise<{
	packs: Pack[];
	/** Imported packs by id: in the default practice pool or not. */
	imported: Map<string, boolean>;
}> {
	// Bundled packs load while the database opens: no wait for one before the other.
	const [builtin, imported] = await Promise.all([
		Promise.all(builtinPacks.map((p) => loadBuiltinPack(p.id))),
		importedPacks()
	]);
	return {
		packs: [...builtin, ...imported.map((e) => e.pack)],
		imported: new Map(imported.map((e) => [e.pack.id, e.inPractice]))
	};
}

/**
 * Puts an imported pack's questions in the default practice quiz, or takes them out; false when
 * the choice could not be stored (the storage banner says why).
 */
export async function setInPractice(id: string, inPractice: boolean): Promise<boolean> {
	if (isBuiltinPack(id)) return false;
	const kept = unsaved.get(id);
	if (kept) kept.inPractice = inPractice;
	const connection = await learner.connect();
	if (!connection) return !!kept;
	const done = await learner.write(async ({ progress, db }) => {
		await progress.setPackInPractice(db, id, inPractice);
		return true;
	});
	return done === true;
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
	reset: readonly string[] = [],
	/** The learner's choice for the default practice quiz; left out, an update keeps the stored one. */
	inPractice?: boolean,
	/** The pack as JSON (the checker's): its content is then written off the main thread. */
	body?: Blob
): Promise<ImportOutcome> {
	if (isBuiltinPack(pack.id)) return { ok: false, reason: 'builtin-id' };
	const connection = await learner.connect();
	if (!connection) {
		const before = unsaved.get(pack.id)?.inPractice ?? false;
		unsaved.set(pack.id, { pack, inPractice: inPractice ?? before });
		return { ok: true, stored: false, previousVersion: null };
	}
	const report = await learner.write(({ progress, db }) =>
		body
			? progress.installPackBody(db, { pack, body, source, reset, inPractice })
			: progress.installPack(db, pack, source, Date.now(), reset, inPractice)
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
