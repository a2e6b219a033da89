import { describe, expect, it } from 'vitest';
import { freeId, getAt, insertAt, moveAt, moveKey, removeAt, renameKey, setAt } from './paths';

const doc = () => ({ a: { list: [1, 2, 3], keep: { x: 1 } }, steps: { s1: 1, s2: 2, s3: 3 } });

describe('paths', () => {
	it('reads a value at a path, undefined when absent', () => {
		expect(getAt(doc(), ['a', 'list', 1])).toBe(2);
		expect(getAt(doc(), ['a', 'nope', 0])).toBeUndefined();
	});

	it('sets without changing the original and shares untouched parts', () => {
		const before = doc();
		const after = setAt(before, ['a', 'list', 0], 9);
		expect(after.a.list).toEqual([9, 2, 3]);
		expect(before.a.list).toEqual([1, 2, 3]);
		expect(after.a.keep).toBe(before.a.keep);
		expect(after.steps).toBe(before.steps);
	});

	it('creates missing containers, arrays for numeric keys', () => {
		expect(setAt({}, ['x', 0, 'y'], 'v')).toEqual({ x: [{ y: 'v' }] });
	});

	it('removes a key when set to undefined', () => {
		const after = setAt(doc(), ['a', 'keep'], undefined);
		expect(Object.keys(after.a)).toEqual(['list']);
	});

	it('inserts, removes and moves list items', () => {
		expect(insertAt(doc(), ['a', 'list'], 0, 0).a.list).toEqual([0, 1, 2, 3]);
		expect(insertAt(doc(), ['a', 'list'], 4).a.list).toEqual([1, 2, 3, 4]);
		expect(removeAt(doc(), ['a', 'list'], 1).a.list).toEqual([1, 3]);
		expect(moveAt(doc(), ['a', 'list'], 0, 1).a.list).toEqual([2, 1, 3]);
		const same = doc();
		expect(moveAt(same, ['a', 'list'], 0, -1)).toBe(same);
	});

	it('moves and renames record keys in order', () => {
		expect(Object.keys(moveKey(doc(), ['steps'], 's3', -1).steps)).toEqual(['s1', 's3', 's2']);
		const renamed = renameKey(doc(), ['steps'], 's2', 'mid').steps;
		expect(Object.entries(renamed)).toEqual([
			['s1', 1],
			['mid', 2],
			['s3', 3]
		]);
		const same = doc();
		expect(renameKey(same, ['steps'], 's1', 's2')).toBe(same);
	});

	it('finds a free id', () => {
		expect(freeId('s', ['s1', 's2', 's4'])).toBe('s3');
	});
});
