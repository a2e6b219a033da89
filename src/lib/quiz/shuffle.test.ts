import { describe, expect, it } from 'vitest';
import { seededShuffle } from './shuffle';

describe('seededShuffle', () => {
	const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

	it('is a permutation that leaves the input untouched', () => {
		const out = seededShuffle(items, 'q1');
		expect([...out].sort()).toEqual(items);
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
	});

	it('gives the same order for the same seed and another for another seed', () => {
		expect(seededShuffle(items, 'q1')).toEqual(seededShuffle(items, 'q1'));
		expect(seededShuffle(items, 'q1')).not.toEqual(seededShuffle(items, 'q2'));
	});
});
