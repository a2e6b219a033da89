/**
 * Export and import of one profile's progress. Import merges by unique id in one transaction:
 * importing the same file twice changes nothing, a refused file changes nothing at all, and no
 * local run is ever replaced by an imported one.
 */
import { foldAnswers, groupByCard, suspendedFor } from './card-fold';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup } from './backup-format';
import { cardsOf, type ProgressDb } from './db';
import { guard, ProgressError } from './errors';
import type { AnswerEvent, CardRecord, ProgressEvent, Run } from './records';

export { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup };

export function exportProfile(
	db: ProgressDb,
	profileId: string,
	now = Date.now()
): Promise<Backup> {
	return guard(() =>
		db.transaction(
			'r',
			[db.profiles, db.runs, db.events, db.cards, db.settings, db.classSessions, db.classResults],
			async () => {
				const profile = await db.profiles.get(profileId);
				if (!profile) throw new ProgressError('not-found');
				const [runs, events, cards, settings, classSessions, classResults] = await Promise.all([
					db.runs.where('profileId').equals(profileId).toArray(),
					db.events
						.where('[profileId+at]')
						.between([profileId, -Infinity], [profileId, Infinity])
						.toArray(),
					cardsOf(db, profileId).toArray(),
					db.settings.where('scope').equals(profileId).toArray(),
					db.classSessions.toArray(),
					db.classResults.toArray()
				]);
				return {
					format: BACKUP_FORMAT,
					version: BACKUP_VERSION,
					exportedAt: now,
					profile,
					runs,
					events,
					cards,
					settings,
					classSessions,
					classResults
				} satisfies Backup;
			}
		)
	);
}

export interface ImportReport {
	profileId: string;
	createdProfile: boolean;
	added: { runs: number; events: number; cards: number; settings: number };
	/**
	 * Imported runs that share an id with a local run but hold later content: never replacing the
	 * local one, they are stored next to it under an id of their own.
	 */
	keptBothRuns: number;
	/** Class sessions and results added (the instructor's, device-wide). */
	classes: { sessions: number; results: number };
}

type Owned = { id: string; profileId: string };

/**
 * Decides the id of each imported row in the target profile: the same id, or `id@target` when the
 * id already belongs to another profile (a backup imported into a second profile on one device).
 * Deterministic, so a second import finds the rows of the first.
 */
async function placeRows<T extends Owned>(
	table: { bulkGet(keys: string[]): PromiseLike<(T | undefined)[]> },
	rows: readonly T[],
	target: string
): Promise<{ id: string; existing: T | undefined }[]> {
	const direct = await table.bulkGet(rows.map((r) => r.id));
	const remapped = rows.map((r) => `${r.id}@${target}`);
	const second = await table.bulkGet(remapped);
	return rows.map((r, i) => {
		const hit = direct[i];
		if (!hit || hit.profileId === target) return { id: r.id, existing: hit };
		return { id: remapped[i]!, existing: second[i] };
	});
}

const keyOf = (c: { packId: string; questionId: string }) => `${c.packId}\u0000${c.questionId}`;

export function importBackup(
	db: ProgressDb,
	input: unknown,
	options: { targetProfileId?: string } = {}
): Promise<ImportReport> {
	return guard(async () => {
		const backup = parseBackup(input);
		const target = options.targetProfileId ?? backup.profile.id;
		const tables = [
			db.profiles,
			db.runs,
			db.events,
			db.cards,
			db.settings,
			db.packs,
			db.classSessions,
			db.classResults
		];
		return db.transaction('rw', tables, async () => {
			const report: ImportReport = {
				profileId: target,
				createdProfile: false,
				added: { runs: 0, events: 0, cards: 0, settings: 0 },
				keptBothRuns: 0,
				classes: { sessions: 0, results: 0 }
			};
			if (!(await db.profiles.get(target))) {
				if (options.targetProfileId) throw new ProgressError('not-found');
				await db.profiles.add(backup.profile);
				report.createdProfile = true;
			}

			const runIds = new Map<string, string>();
			const runPlaces = await placeRows<Run>(db.runs, backup.runs, target);
			// A later copy of a local run is kept beside it (a finished run must not be rewritten by a
			// file): under `id~updatedAt`, so importing the same file again finds it.
			const besides = backup.runs.map((run, i) => `${runPlaces[i]!.id}~${run.updatedAt}`);
			const besideRows = await db.runs.bulkGet(besides);
			const runs: Run[] = [];
			backup.runs.forEach((run, i) => {
				const { id: placed, existing } = runPlaces[i]!;
				if (existing && existing.updatedAt >= run.updatedAt) {
					runIds.set(run.id, placed);
					return;
				}
				const id = existing ? besides[i]! : placed;
				runIds.set(run.id, id);
				if (existing && besideRows[i]) return;
				if (existing) report.keptBothRuns++;
				else report.added.runs++;
				runs.push({ ...run, id, profileId: target });
			});
			await db.runs.bulkPut(runs);

			const eventPlaces = await placeRows<ProgressEvent>(db.events, backup.events, target);
			const events: ProgressEvent[] = [];
			backup.events.forEach((event, i) => {
				const { id, existing } = eventPlaces[i]!;
				if (existing) return; // events never change: same id, same event
				const runId =
					event.runId === undefined ? undefined : (runIds.get(event.runId) ?? event.runId);
				events.push({ ...event, id, profileId: target, ...(runId ? { runId } : {}) });
			});
			await db.events.bulkAdd(events);
			report.added.events = events.length;

			report.added.cards = await mergeCards(db, target, backup, events);

			const settings = backup.settings.map((s) => ({ ...s, scope: target }));
			const present = await db.settings.bulkGet(
				settings.map((s) => [s.scope, s.key] as [string, string])
			);
			const missing = settings.filter((_, i) => !present[i]);
			await db.settings.bulkAdd(missing);
			report.added.settings = missing.length;
			report.classes = await mergeClasses(db, backup);
			return report;
		});
	});
}

/** Sessions and results the device does not have yet; what it has is never changed. */
async function mergeClasses(db: ProgressDb, backup: Backup) {
	const sessions = backup.classSessions ?? [];
	const results = backup.classResults ?? [];
	const haveSessions = await db.classSessions.bulkGet(sessions.map((s) => s.id));
	const newSessions = sessions.filter((_, i) => !haveSessions[i]);
	await db.classSessions.bulkAdd(newSessions);
	const haveResults = await db.classResults.bulkGet(
		results.map((r) => [r.sessionId, r.checksum] as [string, string])
	);
	const newResults = results.filter((_, i) => !haveResults[i]);
	await db.classResults.bulkAdd(newResults);
	return { sessions: newSessions.length, results: newResults.length };
}

/**
 * Cards touched by the import are replayed from the merged event log; a card without any answer
 * event (converted from schema v1) keeps whichever copy was reviewed last. Returns new cards.
 */
async function mergeCards(
	db: ProgressDb,
	target: string,
	backup: Backup,
	added: readonly ProgressEvent[]
): Promise<number> {
	const touched = new Set([
		...added.filter((e) => e.kind === 'answer').map(keyOf),
		...backup.cards.map(keyOf)
	]);
	if (touched.size === 0) return 0;
	const all = (await db.events.where('profileId').equals(target).toArray()).filter(
		(e): e is AnswerEvent => e.kind === 'answer' && touched.has(keyOf(e))
	);
	const packs = new Map((await db.packs.toArray()).map((p) => [p.id, p]));
	const local = new Map((await cardsOf(db, target).toArray()).map((c) => [keyOf(c), c]));
	const cards = new Map<string, CardRecord>();
	for (const group of groupByCard(all).values()) {
		const first = group[0]!;
		const card = foldAnswers(group, suspendedFor(packs.get(first.packId), first.questionId));
		if (card) cards.set(keyOf(card), card);
	}
	for (const imported of backup.cards) {
		const key = keyOf(imported);
		if (cards.has(key)) continue;
		const mine = local.get(key);
		if (!mine || (imported.lastReview ?? 0) > (mine.lastReview ?? 0)) {
			cards.set(key, {
				...imported,
				profileId: target,
				suspended: suspendedFor(packs.get(imported.packId), imported.questionId)
			});
		}
	}
	const fresh = [...cards.keys()].filter((k) => !local.has(k)).length;
	await db.cards.bulkPut([...cards.values()]);
	return fresh;
}
