import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ReviewCardSchema, fromFsrsCard, toFsrsCard } from './card';
import { isDue, newCard, review } from './scheduler';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('newCard', () => {
	it('is new, never reviewed and due at once', () => {
		const card = newCard(T0);
		expect(card).toMatchObject({ state: 'new', reps: 0, lapses: 0, lastReview: null, due: T0 });
		expect(isDue(card, T0)).toBe(true);
	});

	it('is plain JSON that survives a JSON round trip and validates', () => {
		const card = review(newCard(T0), 'good', T0);
		const copy = JSON.parse(JSON.stringify(card));
		expect(copy).toEqual(card);
		expect(v.is(ReviewCardSchema, copy)).toBe(true);
		expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
	});
});

describe('review', () => {
	it('schedules a wrong answer sooner than a right one, and an easy one later still', () => {
		const again = review(newCard(T0), 'again', T0);
		const good = review(newCard(T0), 'good', T0);
		const easy = review(newCard(T0), 'easy', T0);
		expect(again.due).toBeLessThan(good.due);
		expect(good.due).toBeLessThan(easy.due);
		expect(again.due - T0).toBeLessThanOrEqual(5 * MINUTE);
		expect(again.lastReview).toBe(T0);
		expect(again.reps).toBe(1);
	});

	it('maps quiz results to ratings', () => {
		const wrong = review(newCard(T0), { points: 0, max: 1, correct: false }, T0);
		expect(wrong).toEqual(review(newCard(T0), 'again', T0));
		const partial = review(newCard(T0), { points: 1, max: 2, correct: false }, T0);
		expect(partial).toEqual(review(newCard(T0), 'hard', T0));
		const right = review(newCard(T0), { points: 1, max: 1, correct: true }, T0);
		expect(right).toEqual(review(newCard(T0), 'good', T0));
	});

	it('grows the interval with repeated right answers and counts lapses', () => {
		let card = newCard(T0);
		let now = T0;
		const intervals: number[] = [];
		for (let i = 0; i < 5; i++) {
			card = review(card, 'good', now);
			intervals.push(card.due - now);
			now = card.due;
		}
		expect(card.state).toBe('review');
		expect(intervals.at(-1)!).toBeGreaterThan(intervals[2]!);
		expect(intervals.at(-1)!).toBeGreaterThan(DAY);
		const lapsed = review(card, 'again', now);
		expect(lapsed.lapses).toBe(1);
		expect(lapsed.state).toBe('relearning');
	});

	it('is deterministic (no fuzz)', () => {
		const run = () => {
			let card = newCard(T0);
			for (let i = 0; i < 6; i++) card = review(card, i % 3 === 0 ? 'hard' : 'good', T0 + i * DAY);
			return card;
		};
		expect(run()).toEqual(run());
	});
});
