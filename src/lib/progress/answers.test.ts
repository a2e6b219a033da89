import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DAY,
	MINUTE,
	T0,
	answerInput,
	makeProgressPack,
	openTestDb
} from '../../../tests/factories/progress';
import { newCard, review } from '$lib/review/scheduler';
import { rebuildCards, recordAnswer } from './answers';
import { cardsOf } from './db';
import { installPack } from './packs';

const sortCards = <T extends { packId: string; questionId: string }>(cards: T[]) =>
	[...cards].sort((a, b) =>
		`${a.packId}|${a.questionId}` < `${b.packId}|${b.questionId}` ? -1 : 1
	);

describe('recordAnswer', () => {
	it('stores the event and the updated card together', async () => {
		const { db, profileId } = await openTestDb();
		await installPack(db, makeProgressPack(), 'builtin', T0);
		const { event, card } = await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
		expect(event).toMatchObject({ kind: 'answer', profileId, questionId: 'q1', correct: true });
		expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await db.events.get(event.id)).toEqual(event);
		expect(await db.cards.get([profileId, 'pack-a', 'q1'])).toEqual(card);
		expect(card).toMatchObject({ reps: 1, suspended: 0, lastEventId: event.id, lastEventAt: T0 });
		const {
			lastEventAt: _a,
			lastEventId: _b,
			profileId: _p,
			packId: _k,
			questionId: _q,
			suspended: _s,
			tally,
			...fsrs
		} = card;
		expect(fsrs).toEqual(review(newCard(T0), 'good', T0));
		expect(tally).toEqual({ attempts: 1, correct: 1, points: 1, max: 1, wrongStreak: 0 });
	});

	it('gives every event a unique id', async () => {
		const { db, profileId } = await openTestDb();
		const ids = new Set<string>();
		for (let i = 0; i < 20; i++) {
			ids.add((await recordAnswer(db, answerInput(profileId, 'q1', i % 2 === 0, T0 + i))).event.id);
		}
		expect(ids.size).toBe(20);
		expect(await db.events.count()).toBe(20);
	});

	it('suspends the card of a question that is not in the installed pack', async () => {
		const { db, profileId } = await openTestDb();
		await installPack(db, makeProgressPack({ questionIds: ['q1'] }), 'builtin', T0);
		const { card } = await recordAnswer(db, answerInput(profileId, 'q-unknown', true, T0));
		expect(card.suspended).toBe(1);
	});

	it('replays the question when an answer arrives out of order', async () => {
		const { db, profileId } = await openTestDb();
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0 + DAY));
		const { card } = await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		// Same result as answering in time order: wrong at T0, then right a day later.
		const expected = review(review(newCard(T0), 'again', T0), 'good', T0 + DAY);
		expect(card).toMatchObject({ ...expected, lastEventAt: T0 + DAY, reps: 2 });
	});

	it('refuses an answer that cannot be stored, and writes nothing', async () => {
		const { db, profileId } = await openTestDb();
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
		const before = { events: await db.events.toArray(), cards: await db.cards.toArray() };
		// A function cannot be cloned into IndexedDB.
		await expect(
			recordAnswer(
				db,
				answerInput(profileId, 'q1', true, T0 + MINUTE, { answer: (() => 1) as never })
			)
		).rejects.toMatchObject({ name: 'ProgressError' });
		expect(await db.events.toArray()).toEqual(before.events);
		expect(await db.cards.toArray()).toEqual(before.cards);
	});
});

describe('rebuildCards', () => {
	it('gives the same cards as the live updates, whatever the answers', async () => {
		const answer = fc.record({
			question: fc.constantFrom('q1', 'q2', 'q3', 'gone'),
			points: fc.constantFrom(0, 0.5, 1),
			durationMs: fc.option(fc.integer({ min: 500, max: 20_000 }), { nil: undefined }),
			// Mostly forward in time, sometimes a late arrival.
			offset: fc.integer({ min: -2 * DAY, max: 5 * DAY })
		});
		await fc.assert(
			fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 25 }), async (answers) => {
				const { db, profileId } = await openTestDb();
				await installPack(db, makeProgressPack(), 'builtin', T0);
				let now = T0;
				for (const a of answers) {
					now += Math.max(MINUTE, a.offset);
					const at = a.offset < 0 ? now + a.offset : now;
					await recordAnswer(
						db,
						answerInput(profileId, a.question, a.points === 1, at, {
							points: a.points,
							durationMs: a.durationMs
						})
					);
				}
				const live = sortCards(await cardsOf(db, profileId).toArray());
				await db.cards.clear();
				expect(sortCards(await rebuildCards(db, profileId))).toEqual(live);
				db.close();
			}),
			{ numRuns: 25 }
		);
	}, 60_000); // many generated histories, each on its own database: slow on a busy machine

	it('only touches the given profile', async () => {
		const { db, profileId } = await openTestDb();
		await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
		await recordAnswer(db, answerInput('other', 'q1', false, T0));
		const other = await db.cards.get(['other', 'pack-a', 'q1']);
		await rebuildCards(db, profileId);
		expect(await db.cards.get(['other', 'pack-a', 'q1'])).toEqual(other);
	});
});
