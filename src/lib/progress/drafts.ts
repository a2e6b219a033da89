/**
 * Drafts of the authoring screen: packs an instructor is writing. A draft is kept as the author
 * typed it, valid or not (the editor shows what the validator says), so nothing typed is lost.
 */
import type { ProgressDb } from './db';
import { guard } from './errors';
import type { Json } from './records';

export interface DraftRecord {
	id: string;
	/** For the list of drafts: the pack title in the author's language at the last save. */
	title: string;
	updatedAt: number;
	/** The pack as JSON, as typed (it may not pass the validator yet). */
	pack: Json;
}

export type DraftSummary = Omit<DraftRecord, 'pack'>;

/** Every draft, most recently changed first, without their packs. */
export function listDrafts(db: ProgressDb): Promise<DraftSummary[]> {
	return guard(async () => {
		const records = await db.drafts.orderBy('updatedAt').reverse().toArray();
		return records.map(({ id, title, updatedAt }) => ({ id, title, updatedAt }));
	});
}

export function getDraft(db: ProgressDb, id: string): Promise<DraftRecord | undefined> {
	return guard(() => db.drafts.get(id));
}

/** Creates or replaces a draft; `updatedAt` defaults to now. */
export function saveDraft(
	db: ProgressDb,
	draft: Omit<DraftRecord, 'updatedAt'> & { updatedAt?: number }
): Promise<DraftRecord> {
	const record: DraftRecord = { ...draft, updatedAt: draft.updatedAt ?? Date.now() };
	return guard(async () => {
		await db.drafts.put(record);
		return record;
	});
}

export function deleteDraft(db: ProgressDb, id: string): Promise<void> {
	return guard(() => db.drafts.delete(id));
}
