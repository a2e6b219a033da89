/**
 * The instructor's class sessions and the results collected for them: tables of their own (schema
 * v5), apart from the instructor's own learning progress. A result is only ever added, never
 * changed: a bad or duplicate one cannot touch what is already collected.
 */
import * as v from 'valibot';
import { ResultSchema, type ClassResult } from '$lib/class/format';
import type { ClassSession } from '$lib/class/session';
import type { ProgressDb } from './db';
import { guard } from './errors';
import { RecordIdSchema, TimeSchema } from './records';

export const ClassSessionSchema = v.object({
	id: RecordIdSchema,
	name: v.pipe(v.string(), v.maxLength(200)),
	packId: RecordIdSchema,
	packVersion: v.pipe(v.string(), v.maxLength(64)),
	kind: v.picklist(['scenario', 'exam']),
	target: RecordIdSchema,
	createdAt: TimeSchema,
	updatedAt: TimeSchema
});

export const ClassResultRecordSchema = v.object({
	sessionId: RecordIdSchema,
	checksum: v.string(),
	collectedAt: TimeSchema,
	result: ResultSchema
});

export type ClassResultRecord = v.InferOutput<typeof ClassResultRecordSchema>;
export type { ClassSession };

/** Sessions, the most recently changed first. */
export function listClassSessions(db: ProgressDb): Promise<ClassSession[]> {
	return guard(() => db.classSessions.orderBy('updatedAt').reverse().toArray());
}

export function getClassSession(db: ProgressDb, id: string): Promise<ClassSession | undefined> {
	return guard(() => db.classSessions.get(id));
}

export function saveClassSession(db: ProgressDb, session: ClassSession): Promise<void> {
	return guard(async () => void (await db.classSessions.put(session)));
}

export function renameClassSession(
	db: ProgressDb,
	id: string,
	name: string,
	now = Date.now()
): Promise<void> {
	return guard(async () => void (await db.classSessions.update(id, { name, updatedAt: now })));
}

/** Removes the session and every result collected for it, together. */
export function deleteClassSession(db: ProgressDb, id: string): Promise<void> {
	return guard(() =>
		db.transaction('rw', [db.classSessions, db.classResults], async () => {
			await db.classResults.where('sessionId').equals(id).delete();
			await db.classSessions.delete(id);
		})
	);
}

/** A session's results, in the order they were collected. */
export function listClassResults(db: ProgressDb, sessionId: string): Promise<ClassResult[]> {
	return guard(async () => {
		const rows = await db.classResults.where('sessionId').equals(sessionId).sortBy('collectedAt');
		return rows.map((r) => r.result);
	});
}

/** Adds results not collected yet (by checksum); returns how many were added. */
export function addClassResults(
	db: ProgressDb,
	sessionId: string,
	results: readonly ClassResult[],
	now = Date.now()
): Promise<number> {
	return guard(() =>
		db.transaction('rw', [db.classResults, db.classSessions], async () => {
			const keys = results.map((r) => [sessionId, r.checksum] as [string, string]);
			const present = await db.classResults.bulkGet(keys);
			const seen = new Set<string>();
			const fresh = results.filter((r, i) => {
				if (present[i] || seen.has(r.checksum)) return false;
				seen.add(r.checksum);
				return true;
			});
			await db.classResults.bulkAdd(
				fresh.map((result, i) => ({
					sessionId,
					checksum: result.checksum,
					collectedAt: now + i,
					result
				}))
			);
			if (fresh.length) await db.classSessions.update(sessionId, { updatedAt: now });
			return fresh.length;
		})
	);
}
