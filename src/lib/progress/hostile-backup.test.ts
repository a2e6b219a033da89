/**
 * Issue 21: backups with values no person can produce are refused and listed, a local run is
 * never replaced, and every progress computation terminates for any stored value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/progress/backup-v1.json';
import {
	DAY,
	T0,
	answerInput,
	dumpDb,
	openTestDb,
	seedProgress
} from '../../../tests/factories/progress';
import { buildPackIndex } from '$lib/state/pack-index';
import { recordAnswer } from './answers';
import { importBackup, parseBackup } from './backup';
import { dashboardData } from './dashboard';
import { computeStreak } from './streak';

/** Numbers the red team stored: huge, tiny, negative, and the edges of Date. */
const extreme = fc.oneof(
	fc.constantFrom(1e23, 1e300, -1e300, 8.64e15, 8.64e15 + 1, Number.MAX_SAFE_INTEGER, 0, -1),
	fc.integer({ min: -1e9, max: 1e9 }).map((n) => T0 + n),
	fc.double({ min: -1e308, max: 1e308, noNaN: true })
);

describe('backup bounds', () => {
	const now = T0 + 10 * DAY;
	const hostile = () => {
		const backup = structuredClone(fixture);
		backup.exportedAt = T0;
		backup.events[0]!.at = 1e300;
		backup.events[0]!.points = 1e308;
		backup.events[0]!.max = 0;
		backup.runs[0]!.startedAt = 1e300;
		return backup;
	};

	it('accepts the real fixture', () => {
		expect(() => parseBackup({ ...fixture, exportedAt: T0 }, now)).not.toThrow();
	});

	it('refuses times, points and counts out of bounds, and lists where', () => {
		expect(() => parseBackup(hostile(), now)).toThrow(
			/out of bounds \(3\): runs\[0\]\.startedAt, events\[0\]\.at, events\[0\]\.points/
		);
		const past = structuredClone(fixture);
		past.events[0]!.at = Date.UTC(2019, 11, 31);
		expect(() => parseBackup(past, now)).toThrow(/events\[0\]\.at/);
		const future = structuredClone(fixture);
		future.runs[0]!.updatedAt = now + 2 * DAY;
		expect(() => parseBackup(future, now)).toThrow(/runs\[0\]\.updatedAt/);
	});

	it('changes nothing when refusing such a file', async () => {
		const { db } = await openTestDb();
		await importBackup(db, fixture);
		const before = await dumpDb(db);
		await expect(importBackup(db, hostile())).rejects.toThrow(/out of bounds/);
		expect(await dumpDb(db)).toEqual(before);
	});

	it('keeps a finished local run when a file brings its id with a far-future updatedAt', async () => {
		const { db } = await openTestDb();
		await importBackup(db, fixture);
		const local = await db.runs.get(fixture.runs[0]!.id);
		const attack = structuredClone(fixture);
		attack.runs[0]!.updatedAt = Date.now() + 3_600_000;
		attack.runs[0]!.status = 'abandoned';
		attack.runs[0]!.state = { at: 's1', vars: { threat: 0 } };
		await importBackup(db, attack);
		expect(await db.runs.get(fixture.runs[0]!.id)).toEqual(local);
	});
});

describe('progress computations terminate for any stored value', () => {
	it('computeStreak', () => {
		fc.assert(
			fc.property(fc.array(extreme, { maxLength: 20 }), extreme, (times, now) => {
				const streak = computeStreak(times, now);
				expect(Number.isFinite(streak.longest)).toBe(true);
				expect(Number.isFinite(streak.current)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('dashboardData over stored events, runs and cards with extreme numbers', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(extreme, { minLength: 1, maxLength: 4 }),
				extreme,
				async (times, value) => {
					const { db, profileId } = await openTestDb();
					const { pack, scenarioRun } = await seedProgress(db, profileId);
					await recordAnswer(db, answerInput(profileId, 'q1', true, T0 + DAY));
					// Written past the validation, as a stored value from an older version could be.
					const events = await db.events.toArray();
					await db.events.bulkPut(
						events.map((e, i) => ({ ...e, at: times[i % times.length]!, points: value }))
					);
					await db.runs.update(scenarioRun.id, { startedAt: value, updatedAt: value });
					await db.cards.toCollection().modify({ due: value, lastReview: value });
					const data = await dashboardData(db, profileId, buildPackIndex([pack]), T0 + DAY);
					expect(data.answered).toBeGreaterThan(0);
					db.close();
				}
			),
			{ numRuns: 25 }
		);
	}, 60_000);
});
