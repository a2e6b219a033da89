import { describe, expect, it } from 'vitest';
import { makePack } from '../../../tests/factories/packs';
import { T0, answerInput, makeProgressPack, openTestDb } from '../../../tests/factories/progress';
import * as v from 'valibot';
import { PackSchema } from '$lib/packs/schema';
import { rebuildCards, recordAnswer } from './answers';
import {
	getPack,
	installPack,
	installPackBody,
	installPacks,
	listImportedPacks,
	questionIdsOf,
	removePack,
	setPackInPractice
} from './packs';
import { dueCount } from './queries';

describe('questionIdsOf', () => {
	it('lists bank questions and questions embedded in scenario steps, once each', () => {
		const pack = v.parse(PackSchema, makePack());
		const ids = questionIdsOf(pack);
		for (const q of pack.questions) expect(ids).toContain(q.id);
		const embedded = pack.scenarios
			.flatMap((s) => Object.values(s.steps))
			.flatMap((step) => (step.kind === 'question' ? [step.question.id] : []));
		expect(embedded.length).toBeGreaterThan(0);
		for (const id of embedded) expect(ids).toContain(id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('installing packs', () => {
	it('stores the whole pack with its source and question ids', async () => {
		const { db } = await openTestDb();
		const pack = makeProgressPack();
		const report = await installPack(db, pack, 'link', T0);
		expect(report).toEqual({
			packId: 'pack-a',
			previousVersion: null,
			version: '1.0.0',
			removedQuestionIds: [],
			skipped: false
		});
		expect(await getPack(db, 'pack-a')).toEqual({
			id: 'pack-a',
			version: '1.0.0',
			source: 'link',
			installedAt: T0,
			questionIds: ['q1', 'q2', 'q3'],
			pack,
			inPractice: false
		});
	});

	it('keeps an imported pack out of practice until the learner chooses, and an update keeps the choice', async () => {
		const { db } = await openTestDb();
		await installPack(db, makeProgressPack(), 'link', T0);
		expect((await getPack(db, 'pack-a'))!.inPractice).toBe(false);
		await setPackInPractice(db, 'pack-a', true);
		expect((await getPack(db, 'pack-a'))!.inPractice).toBe(true);
		// A new version without a choice keeps the learner's; an explicit one replaces it.
		await installPack(db, makeProgressPack({ version: '1.1.0' }), 'link', T0 + 1);
		expect((await getPack(db, 'pack-a'))!.inPractice).toBe(true);
		await installPack(db, makeProgressPack({ version: '1.2.0' }), 'link', T0 + 2, [], false);
		expect((await getPack(db, 'pack-a'))!.inPractice).toBe(false);
		// A record stored before the choice existed has no field: read as not chosen.
		await db.packs.update('pack-a', { inPractice: undefined });
		expect((await listImportedPacks(db))[0]!.inPractice).toBeFalsy();
	});

	it('installs many packs in one call and skips unchanged built-ins', async () => {
		const { db } = await openTestDb();
		const a = makeProgressPack({ id: 'pack-a' });
		const b = makeProgressPack({ id: 'pack-b' });
		await installPacks(
			db,
			[
				{ pack: a, source: 'builtin' },
				{ pack: b, source: 'builtin' }
			],
			{ now: T0 }
		);
		const reports = await installPacks(
			db,
			[
				{ pack: a, source: 'builtin' },
				{ pack: makeProgressPack({ id: 'pack-b', version: '1.1.0' }), source: 'builtin' }
			],
			{ onlyIfChanged: true, now: T0 + 1 }
		);
		expect(reports.map((r) => [r.packId, r.skipped])).toEqual([
			['pack-a', true],
			['pack-b', false]
		]);
		const packs = await db.packs.toArray();
		expect(packs.map((p) => [p.id, p.version, p.installedAt])).toEqual([
			['pack-a', '1.0.0', T0],
			['pack-b', '1.1.0', T0 + 1]
		]);
	});

	it('keeps progress across an update; removed questions keep their history but are suspended', async () => {
		const { db, profileId } = await openTestDb();
		await installPack(db, makeProgressPack({ questionIds: ['q1', 'q2', 'q3'] }), 'builtin', T0);
		for (const q of ['q1', 'q2', 'q3'])
			await recordAnswer(db, answerInput(profileId, q, false, T0));
		const cardsBefore = await db.cards.toArray();
		const eventsBefore = await db.events.toArray();
		expect(await dueCount(db, profileId, T0 + 86_400_000)).toBe(3);

		const v2 = makeProgressPack({ version: '2.0.0', questionIds: ['q1', 'q3', 'q4'] });
		const report = await installPack(db, v2, 'builtin', T0 + 10);
		expect(report).toMatchObject({ previousVersion: '1.0.0', removedQuestionIds: ['q2'] });

		expect(await db.events.toArray()).toEqual(eventsBefore);
		const cards = new Map((await db.cards.toArray()).map((c) => [c.questionId, c]));
		expect(cards.size).toBe(3);
		expect(cards.get('q2')).toEqual({
			...cardsBefore.find((c) => c.questionId === 'q2'),
			suspended: 1
		});
		expect(cards.get('q1')!.suspended).toBe(0);
		expect(await dueCount(db, profileId, T0 + 86_400_000)).toBe(2);
		// The suspension survives a rebuild from the log.
		await rebuildCards(db, profileId);
		expect((await db.cards.get([profileId, 'pack-a', 'q2']))!.suspended).toBe(1);

		// The question comes back in a later version: its history is still there.
		await installPack(db, makeProgressPack({ version: '3.0.0', questionIds: ['q2'] }), 'builtin');
		expect((await db.cards.get([profileId, 'pack-a', 'q2']))!).toMatchObject({
			suspended: 0,
			reps: 1
		});
	});

	it('uninstalling keeps history and suspends the cards', async () => {
		const { db, profileId } = await openTestDb();
		await installPack(db, makeProgressPack(), 'import', T0);
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
		await removePack(db, 'pack-a');
		expect(await getPack(db, 'pack-a')).toBeUndefined();
		expect(await db.packBodies.count()).toBe(0);
		expect(await db.events.count()).toBe(1);
		expect((await db.cards.get([profileId, 'pack-a', 'q1']))!.suspended).toBe(1);
	});
});

describe('pack contents, apart from their records', () => {
	const bodyOf = (pack: object) => new Blob([JSON.stringify(pack)], { type: 'application/json' });

	it("a record holds no content; an update keeps only the new version's content", async () => {
		const { db } = await openTestDb();
		await installPack(db, makeProgressPack(), 'import', T0);
		const v2 = makeProgressPack({ version: '2.0.0', questionIds: ['q1'] });
		await installPack(db, v2, 'import', T0 + 1);
		expect(await db.packs.get('pack-a')).not.toHaveProperty('pack');
		expect(await db.packBodies.toArray()).toEqual([{ id: 'pack-a', version: '2.0.0', pack: v2 }]);
		expect((await getPack(db, 'pack-a'))!.pack).toEqual(v2);
	});

	it('with its JSON, installs it whole: written here when no Worker can', async () => {
		const { db, profileId } = await openTestDb();
		const v1 = makeProgressPack();
		await installPack(db, v1, 'link', T0);
		await recordAnswer(db, answerInput(profileId, 'q3', false, T0));
		const v2 = makeProgressPack({ version: '2.0.0', questionIds: ['q1', 'q3'] });
		const report = await installPackBody(
			db,
			{ pack: v2, body: bodyOf(v2), source: 'link', reset: ['q1'] },
			T0 + 1
		);
		expect(report).toMatchObject({ previousVersion: '1.0.0', removedQuestionIds: ['q2'] });
		expect(await getPack(db, 'pack-a')).toMatchObject({ version: '2.0.0', pack: v2 });
		expect(await db.packBodies.count()).toBe(1);
		// The unchanged question keeps its progress.
		expect((await db.cards.get([profileId, 'pack-a', 'q3']))!.suspended).toBe(0);
	});

	it('a content already written (by the Worker) is pointed to, not written again', async () => {
		const { db } = await openTestDb();
		const pack = makeProgressPack();
		await db.packBodies.put({ id: pack.id, version: pack.version, pack });
		const writes: string[] = [];
		db.packBodies.hook('creating', (key) => void writes.push(String(key)));
		db.packBodies.hook('updating', (_changes, key) => void writes.push(String(key)));
		await installPacks(db, [{ pack, source: 'import', bodyStored: true }], { now: T0 });
		expect(writes).toEqual([]);
		expect((await getPack(db, pack.id))!.pack).toEqual(pack);
	});

	it('a record whose content is missing reads as not installed', async () => {
		const { db } = await openTestDb();
		await installPack(db, makeProgressPack(), 'import', T0);
		await db.packBodies.clear();
		expect(await getPack(db, 'pack-a')).toBeUndefined();
		expect(await listImportedPacks(db)).toEqual([]);
	});
});

describe('unchanged packs at start-up', () => {
	it('are recognised from the index alone, and a new version or source is installed', async () => {
		const { db } = await openTestDb();
		const pack = makeProgressPack({ questionIds: ['q1', 'q2'] });
		await installPacks(db, [{ pack, source: 'builtin' }], { onlyIfChanged: true });
		const reads: string[] = [];
		// Any body read of the packs table would go through get/bulkGet/toArray on a collection.
		db.packs.hook('reading', (record) => {
			reads.push(record.id);
			return record;
		});
		const [same] = await installPacks(db, [{ pack, source: 'builtin' }], { onlyIfChanged: true });
		expect(same).toMatchObject({ skipped: true, previousVersion: '1.0.0' });
		expect(reads).toEqual([]);

		const newer = makeProgressPack({ version: '1.1.0', questionIds: ['q1'] });
		const [updated] = await installPacks(db, [{ pack: newer, source: 'builtin' }], {
			onlyIfChanged: true
		});
		expect(updated).toMatchObject({
			skipped: false,
			previousVersion: '1.0.0',
			removedQuestionIds: ['q2']
		});
		expect((await getPack(db, pack.id))!.version).toBe('1.1.0');
	});

	it('lists imported packs without the built-in ones', async () => {
		const { db } = await openTestDb();
		await installPack(db, makeProgressPack({ id: 'builtin-one' }), 'builtin');
		await installPack(db, makeProgressPack({ id: 'from-file' }), 'import');
		await installPack(db, makeProgressPack({ id: 'from-link' }), 'link');
		expect((await listImportedPacks(db)).map((r) => r.id).sort()).toEqual([
			'from-file',
			'from-link'
		]);
	});
});
