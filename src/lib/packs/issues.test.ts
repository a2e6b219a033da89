import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ISSUE_CODES,
	formatIssue,
	formatPath,
	issue,
	lookupMessage,
	type MessageTree
} from './issues.ts';

const load = (lang: string) =>
	JSON.parse(
		readFileSync(join(import.meta.dirname, `../../../locales/${lang}/packs.json`), 'utf8')
	) as MessageTree;

function leaves(tree: MessageTree, prefix = ''): Array<[string, string]> {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`)
	);
}

const fr = load('fr');
const nl = load('nl');

describe('validator messages', () => {
	it('have the same keys in French and Dutch', () => {
		expect(
			leaves(nl)
				.map(([k]) => k)
				.sort()
		).toEqual(
			leaves(fr)
				.map(([k]) => k)
				.sort()
		);
	});

	it('are never empty', () => {
		for (const [key, text] of [...leaves(fr), ...leaves(nl)]) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it.each(ISSUE_CODES)('exist for %s in both languages', (code) => {
		expect(lookupMessage(fr, code)).toBeTypeOf('string');
		expect(lookupMessage(nl, code)).toBeTypeOf('string');
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
		for (const [key, text] of leaves(fr)) {
			expect(placeholders(lookupMessage(nl, key)!), key).toEqual(placeholders(text));
		}
	});
});

describe('formatIssue', () => {
	it('interpolates parameters and keeps unknown placeholders visible', () => {
		const found = issue(['scenarios', 0, 'start'], 'ref.step', { id: 's9' });
		expect(formatIssue(found, fr)).toBe("L'étape « s9 » n'existe pas dans ce scénario.");
		expect(formatIssue(found, nl)).toBe('De stap „s9” bestaat niet in dit scenario.');
		expect(formatIssue({ ...found, params: {} }, fr)).toContain('{{id}}');
	});

	it('falls back to the code when no message exists', () => {
		expect(formatIssue(issue('', 'ref.step'), {})).toBe('ref.step');
		expect(formatIssue(issue('', 'ref.step'), { ref: 'not a tree' })).toBe('ref.step');
	});

	it('does not read inherited properties as messages', () => {
		expect(lookupMessage(fr, 'constructor.name')).toBeUndefined();
	});
});

describe('formatPath', () => {
	it('writes indexes in brackets, plain keys after dots and odd keys quoted', () => {
		expect(formatPath(['scenarios', 1, 'steps', 's7', 'choices', 2, 'next'])).toBe(
			'scenarios[1].steps.s7.choices[2].next'
		);
		expect(formatPath(['steps', '003_x', 'a b'])).toBe('steps["003_x"]["a b"]');
		expect(formatPath([])).toBe('');
	});
});
