import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from './history';

describe('undo history', () => {
	it('undoes and redoes in order, and a new change clears the redo list', () => {
		let h = startHistory('a');
		h = record(h, 'b', { at: 0 });
		h = record(h, 'c', { at: 5000 });
		h = undo(h);
		expect(h.present).toBe('b');
		h = undo(h);
		expect(h.present).toBe('a');
		expect(canUndo(h)).toBe(false);
		h = redo(h);
		expect(h.present).toBe('b');
		h = record(h, 'x', { at: 9000 });
		expect(canRedo(h)).toBe(false);
		expect(h.past).toEqual(['a', 'b']);
	});

	it('merges keystrokes in one field into one undo step', () => {
		let h = startHistory('');
		h = record(h, 'B', { group: 'title.fr', at: 0 });
		h = record(h, 'Bo', { group: 'title.fr', at: 300 });
		h = record(h, 'Bon', { group: 'title.fr', at: 600 });
		expect(undo(h).present).toBe('');
		h = record(h, 'Bon!', { group: 'title.nl', at: 700 });
		expect(undo(h).present).toBe('Bon');
		// A pause starts a new step even in the same field.
		const later = record(h, 'Bon!!', { group: 'title.nl', at: 5000 });
		expect(undo(later).present).toBe('Bon!');
	});

	it('keeps at most `limit` past states', () => {
		let h = startHistory(0);
		for (let i = 1; i <= 10; i++) h = record(h, i, { limit: 3, at: i * 5000 });
		expect(h.past).toEqual([7, 8, 9]);
	});

	it('ignores a change that changes nothing and undo/redo at the ends', () => {
		const h = startHistory('a');
		expect(record(h, 'a')).toBe(h);
		expect(undo(h)).toBe(h);
		expect(redo(h)).toBe(h);
	});
});
