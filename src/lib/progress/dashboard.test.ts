import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DAY, MINUTE, T0, openTestDb, seedProgress } from '../../../tests/factories/progress';
import { buildPackIndex } from '$lib/state/pack-index';
import { dashboardData } from './dashboard';
import { observe } from './live';
import { recordAnswer } from './answers';

describe('dashboardData', () => {
	it('is empty for a new profile', async () => {
		const { db, profileId } = await openTestDb();
		const data = await dashboardData(db, profileId, buildPackIndex([]), T0);
		expect(data).toMatchObject({ answered: 0, questions: 0, due: 0, attempts: [] });
		expect(data.streak).toMatchObject({ current: 0, longest: 0 });
	});

	it('gathers scores, mastery, streak and due reviews of one profile', async () => {
		const { db, profileId } = await openTestDb();
		const { pack, scenarioRun, quizRun } = await seedProgress(db, profileId);
		await seedProgress(db, 'someone-else');
		const index = buildPackIndex([pack]);
		const data = await dashboardData(db, profileId, index, T0 + DAY + 10 * MINUTE);

		expect(data.attempts.map((a) => [a.run.id, a.points, a.max, a.percent])).toEqual([
			[quizRun.id, 1, 2, 50],
			[scenarioRun.id, 4, 5, 80]
		]);
		expect(data.answered).toBe(3);
		expect(data.questions).toBe(3);
		expect(data.streak).toMatchObject({ current: 2, longest: 2 });
		// Scored steps count with the questions: decide 2/2, partners 1/2, three questions 2/3.
		expect(data.stats.byTopic).toEqual([
			{ id: 'liaison', attempts: 5, correct: 3, points: 5, max: 7, questions: 5 }
		]);
		// The partners step trains the organisations that belong in the answer, not the wrong one.
		expect(data.stats.byActor.map((t) => [t.id, t.points, t.max])).toEqual([
			['federal-police', 1, 2],
			['immigration-office', 1, 2]
		]);
		const later = await dashboardData(db, profileId, index, T0 + 400 * DAY);
		expect(later.due).toBe(3);
		expect(later.streak.current).toBe(0);
	});

	it('reads the profile’s cards once for the tallies and the totals', async () => {
		const reads = { cards: 0 };
		const count: Middleware<DBCore> = {
			stack: 'dbcore',
			name: 'count-card-reads',
			create: (down) => ({
				...down,
				table: (name) => {
					const table = down.table(name);
					if (name !== 'cards') return table;
					return { ...table, query: (req) => (reads.cards++, table.query(req)) };
				}
			})
		};
		const { db, profileId } = await openTestDb({ configure: (d) => d.use(count) });
		const { pack } = await seedProgress(db, profileId);
		reads.cards = 0;
		const data = await dashboardData(db, profileId, buildPackIndex([pack]), T0 + DAY);
		expect(data.answered).toBe(3);
		// One read of the cards for stats and totals; dueCount counts from the index keys.
		expect(reads.cards).toBe(1);
	});

	it('updates a live view after a new answer', async () => {
		const { db, profileId } = await openTestDb();
		const { pack } = await seedProgress(db, profileId);
		const index = buildPackIndex([pack]);
		const seen: number[] = [];
		const stop = observe(
			() => dashboardData(db, profileId, index, T0 + 2 * DAY),
			(d) => seen.push(d.answered)
		);
		await expect.poll(() => seen).toEqual([3]);
		await recordAnswer(db, {
			profileId,
			packId: pack.id,
			questionId: 'q-short',
			answer: 'OCAM',
			points: 1,
			max: 1,
			correct: true,
			at: T0 + 2 * DAY
		});
		await expect.poll(() => seen).toEqual([3, 4]);
		stop();
	});
});
