import { describe, expect, it } from 'vitest';
import { anchorOf, fieldId, issuePaths, parentPath } from './fields';

describe('problem anchors', () => {
	it('makes field ids from paths', () => {
		expect(fieldId(['scenarios', 0, 'steps', 's1', 'text', 'nl'])).toBe(
			'f-scenarios[0].steps.s1.text.nl'
		);
		expect(fieldId('title.fr')).toBe('f-title.fr');
	});

	it('walks up a path', () => {
		expect(parentPath('scenarios[0].steps.s1.next[1].to')).toBe('scenarios[0].steps.s1.next[1]');
		expect(parentPath('scenarios[0].steps.s1.next[1]')).toBe('scenarios[0].steps.s1.next');
		expect(parentPath('title')).toBe('');
		expect(parentPath('')).toBeNull();
	});

	it('puts a missing translation on its language field first', () => {
		expect(issuePaths({ path: 'title', params: { lang: 'nl' } })).toEqual([
			'title.nl',
			'title',
			''
		]);
	});

	it('anchors to the closest field on screen', () => {
		const shown = new Set(['scenarios[0].steps.s1', 'title.fr']);
		expect(anchorOf({ path: 'scenarios[0].steps.s1.next' }, (p) => shown.has(p))).toBe(
			'scenarios[0].steps.s1'
		);
		expect(anchorOf({ path: 'questions[2]' }, (p) => shown.has(p))).toBeNull();
	});
});
