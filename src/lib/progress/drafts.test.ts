import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../tests/factories/progress';
import { deleteDraft, getDraft, listDrafts, saveDraft } from './drafts';

const pack = { format: 1, id: 'mon-pack', title: { fr: 'Mon pack', nl: '' }, scenarios: [] };

describe('drafts', () => {
	it('lists the most recently changed first, without their packs', async () => {
		const { db } = await openTestDb();
		await saveDraft(db, { id: 'old', title: 'Ancien', pack, updatedAt: 1000 });
		await saveDraft(db, { id: 'new', title: 'Nouveau', pack, updatedAt: 2000 });
		expect(await listDrafts(db)).toEqual([
			{ id: 'new', title: 'Nouveau', updatedAt: 2000 },
			{ id: 'old', title: 'Ancien', updatedAt: 1000 }
		]);
	});

	it('replaces a draft on save and forgets it on delete', async () => {
		const { db } = await openTestDb();
		await saveDraft(db, { id: 'd', title: 'A', pack, updatedAt: 1 });
		const changed = { ...pack, title: { fr: 'B', nl: 'B' } };
		await saveDraft(db, { id: 'd', title: 'B', pack: changed, updatedAt: 2 });
		expect(await getDraft(db, 'd')).toEqual({ id: 'd', title: 'B', pack: changed, updatedAt: 2 });
		await deleteDraft(db, 'd');
		expect(await getDraft(db, 'd')).toBeUndefined();
		expect(await listDrafts(db)).toEqual([]);
	});

	it('stamps the save time when none is given', async () => {
		const { db } = await openTestDb();
		const before = Date.now();
		const saved = await saveDraft(db, { id: 'd', title: '', pack });
		expect(saved.updatedAt).toBeGreaterThanOrEqual(before);
	});
});
