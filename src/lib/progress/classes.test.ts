import { describe, expect, it } from 'vitest';
import { T0, openTestDb } from '../../../tests/factories/progress';
import { makeClassSession, scenarioResult } from '../../../tests/factories/class';
import { exportProfile, importBackup, parseBackup } from './backup';
import {
	addClassResults,
	deleteClassSession,
	getClassSession,
	listClassResults,
	listClassSessions,
	renameClassSession,
	saveClassSession
} from './classes';

async function withSession() {
	const opened = await openTestDb();
	const session = makeClassSession();
	await saveClassSession(opened.db, session);
	return { ...opened, session };
}

describe('class sessions', () => {
	it('keeps, renames and lists sessions, the latest changed first', async () => {
		const { db, session } = await withSession();
		await saveClassSession(db, makeClassSession({ id: 'second-session', updatedAt: T0 + 5 }));
		await renameClassSession(db, session.id, 'Groupe C', T0 + 10);
		expect((await listClassSessions(db)).map((s) => [s.id, s.name])).toEqual([
			[session.id, 'Groupe C'],
			['second-session', session.name]
		]);
	});

	it('adds results once, in order, and never changes one already collected', async () => {
		const { db, session } = await withSession();
		const alice = scenarioResult('Alice');
		expect(await addClassResults(db, session.id, [alice, scenarioResult('Bram', 'keep')])).toBe(2);
		expect(await addClassResults(db, session.id, [alice, alice])).toBe(0);
		expect((await listClassResults(db, session.id)).map((r) => r.name)).toEqual(['Alice', 'Bram']);
	});

	it('deletes a session with its results, and only those', async () => {
		const { db, session } = await withSession();
		const other = makeClassSession({ id: 'other-session-1' });
		await saveClassSession(db, other);
		await addClassResults(db, session.id, [scenarioResult('Alice')]);
		await addClassResults(db, other.id, [scenarioResult('Zoë', 'best', other)]);
		await deleteClassSession(db, session.id);
		expect(await getClassSession(db, session.id)).toBeUndefined();
		expect(await listClassResults(db, session.id)).toEqual([]);
		expect(await listClassResults(db, other.id)).toHaveLength(1);
	});

	it('travels in the backup and merges without duplicates', async () => {
		const { db, profileId, session } = await withSession();
		await addClassResults(db, session.id, [scenarioResult('Alice')]);
		const backup = await exportProfile(db, profileId, T0);
		expect(backup.classSessions).toHaveLength(1);
		expect(backup.classResults).toHaveLength(1);

		const other = await openTestDb();
		const report = await importBackup(other.db, JSON.parse(JSON.stringify(backup)));
		expect(report.classes).toEqual({ sessions: 1, results: 1 });
		expect((await listClassResults(other.db, session.id)).map((r) => r.name)).toEqual(['Alice']);
		const again = await importBackup(other.db, backup);
		expect(again.classes).toEqual({ sessions: 0, results: 0 });
	});

	it('refuses a backup whose class result was altered', async () => {
		const { db, profileId, session } = await withSession();
		await addClassResults(db, session.id, [scenarioResult('Alice')]);
		const backup = JSON.parse(JSON.stringify(await exportProfile(db, profileId, T0)));
		backup.classResults[0].result.points = 99;
		expect(() => parseBackup(backup)).toThrow(/checksum/);
		backup.classResults[0].sessionId = 'nowhere-session';
		expect(() => parseBackup(backup)).toThrow(/without their session/);
	});
});
