import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
	DAY,
	MINUTE,
	T0,
	answerInput,
	makeProgressPack,
	openTestDb
} from '../../../tests/factories/progress';
import { recordAnswer } from './answers';
import { installPack } from './packs';
import {
	attemptHistory,
	dueCardList,
	dueCount,
	mistakes,
	statsOf,
	streak,
	talliedCards,
	type QuestionLookup
} from './queries';

// Per topic and per organisation, as the dashboard computes them (answers only, no scenario steps).
const answerStats = async (
	db: Parameters<typeof talliedCards>[0],
	profileId: string,
	lookup: QuestionLookup
) => statsOf(await talliedCards(db, profileId), lookup);
import { endRun, saveRunStep, startRun } from './runs';

async function withPack() {
	const opened = await openTestDb();
	await installPack(opened.db, makeProgressPack(), 'builtin', T0);
	return opened;
}

describe('due cards', () => {
	it('counts and lists due, non-suspended cards of the profile, most overdue first', async () => {
		const { db, profileId } = await withPack();
		expect(await dueCount(db, profileId, T0)).toBe(0);
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		await recordAnswer(db, answerInput(profileId, 'q2', false, T0 + MINUTE));
		await recordAnswer(db, answerInput(profileId, 'q3', true, T0));
		await recordAnswer(db, answerInput(profileId, 'gone', false, T0)); // not in the pack
		await recordAnswer(db, answerInput('someone-else', 'q1', false, T0));
		const q3 = (await db.cards.get([profileId, 'pack-a', 'q3']))!;
		expect(await dueCount(db, profileId, T0)).toBe(0);
		const later = T0 + 5 * MINUTE;
		expect(q3.due).toBeGreaterThan(later);
		expect(await dueCount(db, profileId, later)).toBe(2);
		expect((await dueCardList(db, profileId, later)).map((c) => c.questionId)).toEqual([
			'q1',
			'q2'
		]);
		expect((await dueCardList(db, profileId, later, 1)).map((c) => c.questionId)).toEqual(['q1']);
		expect(await dueCount(db, profileId, q3.due)).toBe(3);
	});

	it('works under liveQuery and updates after an answer', async () => {
		const { db, profileId } = await withPack();
		const seen: number[] = [];
		const subscription = liveQuery(() => dueCount(db, profileId, T0 + DAY)).subscribe((n) =>
			seen.push(n)
		);
		await expect.poll(() => seen).toEqual([0]);
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		await expect.poll(() => seen).toEqual([0, 1]);
		subscription.unsubscribe();
	});
});

describe('statsOf', () => {
	it('tallies attempts per topic and per actor through the lookup', async () => {
		const { db, profileId } = await withPack();
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0 + 1));
		await recordAnswer(db, answerInput(profileId, 'q2', true, T0 + 2, { points: 2, max: 2 }));
		await recordAnswer(db, answerInput(profileId, 'unknown', true, T0 + 3));
		const info: Record<string, { topics: string[]; actors: string[] }> = {
			q1: { topics: ['plan-r'], actors: ['vsse', 'ocam'] },
			q2: { topics: ['plan-r', 'nato'], actors: ['vsse'] }
		};
		const stats = await answerStats(db, profileId, (_pack, q) => info[q]);
		expect(stats.byTopic).toEqual([
			{ id: 'nato', attempts: 1, correct: 1, points: 2, max: 2, questions: 1 },
			{ id: 'plan-r', attempts: 3, correct: 2, points: 3, max: 4, questions: 2 }
		]);
		expect(stats.byActor).toEqual([
			{ id: 'ocam', attempts: 2, correct: 1, points: 1, max: 2, questions: 1 },
			{ id: 'vsse', attempts: 3, correct: 2, points: 3, max: 4, questions: 2 }
		]);
	});
});

describe('attemptHistory', () => {
	it('lists runs newest first with their score from the event log', async () => {
		const { db, profileId } = await withPack();
		const scenario = await startRun(db, {
			kind: 'scenario',
			profileId,
			packId: 'pack-a',
			packVersion: '1.0.0',
			scenarioId: 'plan-r',
			state: null,
			at: T0
		});
		await saveRunStep(db, {
			runId: scenario.id,
			state: 1,
			event: { kind: 'step', stepId: 's1', answer: 'a', points: 1, max: 2, correct: false },
			at: T0 + 1
		});
		await saveRunStep(db, {
			runId: scenario.id,
			state: 2,
			event: { kind: 'step', stepId: 's2', answer: 'b', points: 2, max: 2, correct: true },
			finish: true,
			at: T0 + 2
		});
		const quiz = await startRun(db, {
			kind: 'quiz',
			profileId,
			packId: 'pack-a',
			packVersion: '1.0.0',
			state: null,
			at: T0 + DAY
		});
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0 + DAY, { runId: quiz.id }));
		await endRun(db, quiz.id, { at: T0 + DAY + 1 });
		const empty = await startRun(db, {
			kind: 'quiz',
			profileId,
			packId: 'pack-b',
			packVersion: '1.0.0',
			state: null,
			at: T0 + 2 * DAY
		});

		const history = await attemptHistory(db, profileId);
		expect(history.map((a) => [a.run.id, a.points, a.max, a.percent])).toEqual([
			[empty.id, 0, 0, null],
			[quiz.id, 0, 1, 0],
			[scenario.id, 3, 4, 75]
		]);
		expect(
			(await attemptHistory(db, profileId, { packId: 'pack-a', limit: 1 })).map((a) => a.run.id)
		).toEqual([quiz.id]);
	});
});

describe('streak', () => {
	it('counts consecutive active days from the event log', async () => {
		const { db, profileId } = await withPack();
		const dayOf = (ms: number) => Math.floor(ms / DAY); // UTC days, independent of the machine
		expect(await streak(db, profileId, T0, dayOf)).toEqual({
			current: 0,
			longest: 0,
			activeDays: 0,
			lastActiveDay: null
		});
		for (const d of [0, 1, 2, 5, 6]) {
			await recordAnswer(db, answerInput(profileId, 'q1', true, T0 + d * DAY));
			await recordAnswer(db, answerInput(profileId, 'q2', true, T0 + d * DAY + MINUTE));
		}
		expect(await streak(db, profileId, T0 + 6 * DAY, dayOf)).toMatchObject({
			current: 2,
			longest: 3,
			activeDays: 5,
			lastActiveDay: '2026-03-08'
		});
		expect((await streak(db, profileId, T0 + 7 * DAY, dayOf)).current).toBe(2);
		expect((await streak(db, profileId, T0 + 8 * DAY, dayOf)).current).toBe(0);
	});
});

describe('mistakes', () => {
	it('lists questions whose latest answer is wrong, most recent first', async () => {
		const { db, profileId } = await withPack();
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0 + 1)); // fixed
		await recordAnswer(db, answerInput(profileId, 'q2', true, T0 + 2));
		await recordAnswer(db, answerInput(profileId, 'q2', false, T0 + 3));
		await recordAnswer(db, answerInput(profileId, 'q2', false, T0 + 5));
		await recordAnswer(db, answerInput(profileId, 'q3', false, T0 + 4));
		expect(await mistakes(db, profileId)).toEqual([
			{ packId: 'pack-a', questionId: 'q2', wrongCount: 2, lastAt: T0 + 5 },
			{ packId: 'pack-a', questionId: 'q3', wrongCount: 1, lastAt: T0 + 4 }
		]);
	});
});

describe('cards stored before answer totals existed (Liaison 0.1)', () => {
	it('still give the same statistics and mistakes, and get their totals at the next answer', async () => {
		const { db, profileId } = await withPack();
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0 + 1));
		await recordAnswer(db, answerInput(profileId, 'q2', true, T0 + 2));
		const lookup = () => ({ topics: ['plan-r'], actors: ['vsse'] });
		const before = await answerStats(db, profileId, lookup);
		const mistakesBefore = await mistakes(db, profileId);
		await db.cards.toCollection().modify((card) => {
			delete card.tally;
		});
		expect(await answerStats(db, profileId, lookup)).toEqual(before);
		expect(await mistakes(db, profileId)).toEqual(mistakesBefore);
		expect(mistakesBefore).toEqual([
			{ packId: 'pack-a', questionId: 'q1', wrongCount: 2, lastAt: T0 + 1 }
		]);

		await recordAnswer(db, answerInput(profileId, 'q1', true, T0 + 3));
		expect((await db.cards.get([profileId, 'pack-a', 'q1']))!.tally).toEqual({
			attempts: 3,
			correct: 1,
			points: 1,
			max: 3,
			wrongStreak: 0
		});
	});
});

describe('streak day boundaries', () => {
	it('jumps from day to day without missing an answer given one millisecond after midnight', async () => {
		const { db, profileId } = await withPack();
		const dayOf = (ms: number) => Math.floor(ms / DAY);
		const midnight = Math.ceil(T0 / DAY) * DAY;
		await recordAnswer(db, answerInput(profileId, 'q1', true, midnight - 1));
		await recordAnswer(db, answerInput(profileId, 'q2', true, midnight + 1));
		await recordAnswer(db, answerInput(profileId, 'q3', true, midnight + DAY));
		expect(await streak(db, profileId, midnight + DAY, dayOf)).toMatchObject({
			current: 3,
			longest: 3,
			activeDays: 3
		});
	});
});
