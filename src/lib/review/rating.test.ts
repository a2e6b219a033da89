import { describe, expect, it } from 'vitest';
import { FAST_ANSWER_MS, ratingFor } from './rating';

describe('ratingFor', () => {
	it('rates a wrong answer with no credit as again', () => {
		expect(ratingFor({ points: 0, max: 1, correct: false })).toBe('again');
	});

	it('rates partial credit as hard', () => {
		expect(ratingFor({ points: 2, max: 3, correct: false })).toBe('hard');
	});

	it('rates a right answer as good, and a fast right answer as easy', () => {
		expect(ratingFor({ points: 1, max: 1, correct: true })).toBe('good');
		expect(ratingFor({ points: 1, max: 1, correct: true, durationMs: FAST_ANSWER_MS + 1 })).toBe(
			'good'
		);
		expect(ratingFor({ points: 1, max: 1, correct: true, durationMs: FAST_ANSWER_MS })).toBe(
			'easy'
		);
	});

	it('never rates a wrong fast answer as easy', () => {
		expect(ratingFor({ points: 0, max: 1, correct: false, durationMs: 10 })).toBe('again');
	});

	it('accepts a custom fast threshold', () => {
		expect(ratingFor({ points: 1, max: 1, correct: true, durationMs: 9_000 }, 10_000)).toBe('easy');
	});
});
