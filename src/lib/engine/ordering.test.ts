import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasing, scoreOrder } from './ordering';

describe('longestIncreasing', () => {
	it('finds a longest strictly increasing subsequence', () => {
		const values = [3, 1, 2, 0, 4];
		const indices = longestIncreasing(values);
		expect(indices.map((i) => values[i])).toEqual([1, 2, 4]);
	});

	it('handles empty and decreasing input', () => {
		expect(longestIncreasing([])).toEqual([]);
		expect(longestIncreasing([3, 2, 1])).toHaveLength(1);
	});

	it('matches a brute-force length on random permutations', () => {
		const brute = (values: number[]): number => {
			let best = 0;
			for (let mask = 0; mask < 1 << values.length; mask++) {
				const picked = values.filter((_, i) => mask & (1 << i));
				if (picked.every((v, i) => i === 0 || v > picked[i - 1]!))
					best = Math.max(best, picked.length);
			}
			return best;
		};
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 10 }), (values) => {
				const indices = longestIncreasing(values);
				expect(indices.length).toBe(brute(values));
				indices.forEach(
					(idx, k) => k > 0 && expect(values[idx]!).toBeGreaterThan(values[indices[k - 1]!]!)
				);
			})
		);
	});
});

describe('scoreOrder', () => {
	const expected = ['a', 'b', 'c', 'd'];

	it('gives full credit to the right order', () => {
		const outcome = scoreOrder(expected, ['a', 'b', 'c', 'd']);
		expect(outcome.credit).toBe(1);
		expect(outcome.items.every((i) => i.inPlace && i.inSequence)).toBe(true);
	});

	it('gives no credit to the reversed order', () => {
		expect(scoreOrder(expected, ['d', 'c', 'b', 'a']).credit).toBe(0);
	});

	it('costs one step when a single item is moved', () => {
		const outcome = scoreOrder(expected, ['b', 'c', 'd', 'a']);
		expect(outcome.kept).toBe(3);
		expect(outcome.credit).toBeCloseTo(2 / 3);
		const a = outcome.items.find((i) => i.id === 'a')!;
		expect(a).toEqual({ id: 'a', given: 3, expected: 0, inSequence: false, inPlace: false });
	});

	it('ignores unknown and repeated ids and counts missing items as out of order', () => {
		const outcome = scoreOrder(expected, ['a', 'x', 'a', 'b']);
		expect(outcome.ignored).toEqual(['x', 'a']);
		expect(outcome.kept).toBe(2);
		expect(outcome.credit).toBeCloseTo(1 / 3);
		expect(outcome.items.find((i) => i.id === 'd')!.given).toBeNull();
	});

	it('keeps credit within [0, 1] for any answer', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'z')), (given) => {
				const { credit } = scoreOrder(expected, given);
				expect(credit).toBeGreaterThanOrEqual(0);
				expect(credit).toBeLessThanOrEqual(1);
			})
		);
	});
});
