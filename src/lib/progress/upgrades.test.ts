/**
 * A database written by each earlier schema version (with that version's own declarations, in
 * tests/fixtures/progress) opens at the current version with nothing lost, and every index of the
 * current version finds every record. How v1 records are converted is in upgrade-v2.test.ts.
 */
import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { v1Sample, writeV1Database } from '../../../tests/fixtures/progress/v1-database';
import { writeV2Database } from '../../../tests/fixtures/progress/v2-database';
import { V3_TABLES, writeV3Database } from '../../../tests/fixtures/progress/v3-database';
import { V4_TABLES, writeV4Database } from '../../../tests/fixtures/progress/v4-database';
import {
	V5_TABLES,
	v5Additions,
	writeV5Database
} from '../../../tests/fixtures/progress/v5-database';
import { classPack, makeClassSession, scenarioResult } from '../../../tests/factories/class';
import { addClassResults, listClassResults, listClassSessions, saveClassSession } from './classes';
import { freshDbName, openTestDb } from '../../../tests/factories/progress';
import { SCHEMA_VERSION, type ProgressDb } from './db';
import { getDraft, listDrafts, saveDraft } from './drafts';
import { getPack, installPack, installPacks, listImportedPacks } from './packs';
import { mistakes } from './queries';
import { listRuns } from './runs';
import { GLOBAL_SCOPE, getSetting } from './settings';

const keyOf = (row: object, path: string) =>
	path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], row);

/**
 * Every index of every table, queried for each record's own key, returns that record. Returns
 * how many lookups were checked.
 */
async function expectIndexesFindEveryRecord(db: ProgressDb): Promise<number> {
	let checked = 0;
	for (const table of db.tables as Table<object, unknown>[]) {
		const { indexes } = table.schema;
		const rows = await table.toArray();
		const primaryKeys = await table.toCollection().primaryKeys();
		for (const index of indexes) {
			const paths = Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath!];
			for (const [i, row] of rows.entries()) {
				const parts = paths.map((p) => keyOf(row, p));
				if (parts.some((p) => p === undefined)) continue; // not in this index, by design
				const key = Array.isArray(index.keyPath) ? parts : parts[0];
				const keys = index.multi ? (key as unknown[]) : [key];
				for (const k of keys) {
					const found = await table
						.where(index.name)
						.equals(k as string)
						.primaryKeys();
					expect(found, `${table.name}.${index.name} ${JSON.stringify(k)}`).toContainEqual(
						primaryKeys[i]
					);
					checked++;
				}
			}
		}
	}
	return checked;
}

/** Pack records with their contents (apart since v6), as versions up to v5 stored them. */
async function storedPacks(db: ProgressDb) {
	const records = await db.packs.orderBy('id').toArray();
	return Promise.all(
		records.map(async (r) => ({ ...r, pack: (await db.packBodies.get([r.id, r.version]))?.pack }))
	);
}

/** Every table's rows as an earlier version wrote them: packs with their contents. */
async function expectTablesKept(db: ProgressDb, before: Record<string, unknown[]>) {
	for (const [table, rows] of Object.entries(before)) {
		const now = table === 'packs' ? await storedPacks(db) : await db.table(table).toArray();
		expect(now, table).toEqual(rows);
	}
}

/** Unchanged packs are recognised from the v4 index alone: nothing is rewritten. */
async function expectPacksRecognised(db: ProgressDb) {
	const records = await db.packs.toArray();
	const reports = await installPacks(
		db,
		(await storedPacks(db)).map(({ pack, source }) => ({ pack: pack!, source })),
		{ onlyIfChanged: true }
	);
	expect(reports.every((r) => r.skipped)).toBe(true);
	expect(await db.packs.toArray()).toEqual(records);
}

async function expectDraftsWork(db: ProgressDb) {
	const pack = { format: 1, id: 'nouveau' };
	await saveDraft(db, { id: 'after-upgrade', title: 'Nouveau', pack, updatedAt: 9e12 });
	expect((await listDrafts(db))[0]!.id).toBe('after-upgrade');
	expect((await getDraft(db, 'after-upgrade'))?.pack).toEqual(pack);
}

const CLASS_TABLES = ['classSessions', 'classResults'];
const V6_TABLES = [...V5_TABLES, 'packBodies'];

/** The v5 tables start empty and work: a session and a result can be kept. */
async function expectClassesWork(db: ProgressDb) {
	expect(await listClassSessions(db)).toEqual([]);
	const session = makeClassSession();
	await saveClassSession(db, session);
	expect(await addClassResults(db, session.id, [scenarioResult('Alice')])).toBe(1);
	expect((await listClassResults(db, session.id)).map((r) => r.name)).toEqual(['Alice']);
	expect(classPack.id).toBe(session.packId);
}

describe(`opening an older database at schema v${SCHEMA_VERSION}`, () => {
	it('from v1: every pack, run, answer, review and preference is there', async () => {
		const name = freshDbName();
		const sample = v1Sample();
		await writeV1Database(name, sample);
		const { db, profileId } = await openTestDb({ name });
		expect(db.verno).toBe(SCHEMA_VERSION);

		const packs = await storedPacks(db);
		expect(packs.map((p) => [p.id, p.version, p.pack])).toEqual(
			sample.packs.map((p) => [p.id, p.version, p.pack])
		);
		const runs = await db.runs.orderBy('id').toArray();
		expect(runs.map((r) => [r.id, r.packId, r.profileId, r.state])).toEqual(
			sample.runs.map((r) => [r.id, r.packId, profileId, r.state])
		);
		const events = await db.events.orderBy('[profileId+at]').toArray();
		expect(
			events.map((e) => e.kind === 'answer' && [e.packId, e.questionId, e.answer, e.at])
		).toEqual(sample.answers.map((a) => [a.packId, a.questionId, a.answer, a.at]));
		// One card per answered question, and the review of a question never answered.
		const cardKeys = (await db.cards.toArray()).map((c) => `${c.packId}/${c.questionId}`).sort();
		const questions = [...sample.answers, ...sample.reviews].map(
			(a) => `${a.packId}/${a.questionId}`
		);
		expect(cardKeys).toEqual([...new Set(questions)].sort());
		for (const pref of sample.prefs) {
			expect(await getSetting(db, GLOBAL_SCOPE, pref.key)).toEqual(pref.value);
		}

		expect(await expectIndexesFindEveryRecord(db)).toBe(40);
		await expectPacksRecognised(db);
		expect((await listRuns(db, profileId, { status: 'in-progress' })).map((r) => r.id)).toEqual([
			'run-2'
		]);
		await expectDraftsWork(db);
	});

	it('from v2: every record of every table is there, unchanged', async () => {
		const name = freshDbName();
		const before = await writeV2Database(name);
		expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
		const { db } = await openTestDb({ name });
		expect(db.verno).toBe(SCHEMA_VERSION);
		await expectTablesKept(db, before);
		expect(await db.drafts.count()).toBe(0);

		expect(await expectIndexesFindEveryRecord(db)).toBe(41);
		await expectPacksRecognised(db);
		await expectDraftsWork(db);
	});

	it('from v3: every record of every table, drafts included, is there, unchanged', async () => {
		const name = freshDbName();
		const before = await writeV3Database(name);
		expect(Object.keys(before)).toEqual([...V3_TABLES]);
		expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
		const { db } = await openTestDb({ name });
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(db.tables.map((t) => t.name).sort()).toEqual(
			[...V3_TABLES, ...CLASS_TABLES, 'packBodies'].sort()
		);
		await expectTablesKept(db, before);

		expect(await expectIndexesFindEveryRecord(db)).toBe(57);
		await expectPacksRecognised(db);
		// The quiz under way at v3 can still be resumed.
		expect((await listRuns(db, 'profile-2', { status: 'in-progress' })).map((r) => r.id)).toEqual([
			(before.runs as { id: string; profileId: string }[]).find((r) => r.profileId === 'profile-2')!
				.id
		]);
		expect((await listDrafts(db)).map((d) => d.id)).toEqual(['draft-2', 'draft-1']);
		await expectDraftsWork(db);
	});

	it('from v4: every record of every table is there, unchanged, and class sessions work', async () => {
		const name = freshDbName();
		const before = await writeV4Database(name);
		expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
		const { db } = await openTestDb({ name });
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(db.tables.map((t) => t.name).sort()).toEqual(
			[...V4_TABLES, ...CLASS_TABLES, 'packBodies'].sort()
		);
		await expectTablesKept(db, before);
		await expectPacksRecognised(db);
		await expectDraftsWork(db);
		await expectClassesWork(db);
		expect(await expectIndexesFindEveryRecord(db)).toBeGreaterThan(57);
	});

	it('from v5: pack contents move apart; records, choices, progress and classes are kept', async () => {
		const name = freshDbName();
		const before = await writeV5Database(name);
		expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
		const { db } = await openTestDb({ name });
		expect(db.verno).toBe(SCHEMA_VERSION);
		expect(db.tables.map((t) => t.name).sort()).toEqual([...V6_TABLES].sort());
		await expectTablesKept(db, before);

		// Each record lost its content, which is now under its id and version.
		const old = before.packs as { id: string; version: string; pack: unknown }[];
		const records = await db.packs.orderBy('id').toArray();
		expect(records.every((r) => !('pack' in r))).toBe(true);
		expect(records).toEqual(old.map(({ pack: _pack, ...record }) => record));
		expect(await db.packBodies.toArray()).toEqual(
			old.map(({ id, version, pack }) => ({ id, version, pack }))
		);
		// Readers see the pack whole, with the learner's practice choice.
		const { pack } = v5Additions();
		expect(await getPack(db, pack.id)).toEqual(pack);
		expect((await listImportedPacks(db)).find((p) => p.id === pack.id)).toEqual(pack);

		// The answered question is still a mistake, and stays one across the next version.
		const profileId = v5Additions().event.profileId;
		const wrong = async () => (await mistakes(db, profileId)).map((m) => m.questionId);
		expect(await wrong()).toContain('e2');
		const v4 = { ...pack.pack, version: '4.0.0' };
		await installPack(db, v4, 'import');
		expect(await wrong()).toContain('e2');
		expect((await getPack(db, pack.id))?.pack).toEqual(v4);
		// The older version's content is not kept beside the new one.
		expect((await db.packBodies.toArray()).filter((b) => b.id === pack.id)).toHaveLength(1);

		await expectPacksRecognised(db);
		await expectDraftsWork(db);
		expect(await expectIndexesFindEveryRecord(db)).toBeGreaterThan(57);
	});
});
