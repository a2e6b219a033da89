import { render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import type { PackIssue } from '$lib/packs/issues';
import PackProblems from './PackProblems.svelte';

const issues: PackIssue[] = [
	{
		path: 'format',
		code: 'schema.enum',
		params: { expected: '1', received: '2' },
		severity: 'error'
	},
	{ path: '', code: 'input.syntax', params: { line: 3, col: 4 }, severity: 'error' },
	{
		path: 'scenarios[0].steps["<img src=x onerror=alert(1)>"]',
		code: 'md.link',
		params: { url: 'javascript:alert(1)' },
		severity: 'error'
	}
];

describe('PackProblems', () => {
	beforeAll(() => stringsReady());
	afterEach(() => setLang('fr', false));

	it('lists every problem with the file name, its place and the message', () => {
		const { container } = render(PackProblems, { fileName: 'equipe.yaml', issues });
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
			'3 problèmes dans « equipe.yaml »'
		);
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(3);
		expect(within(items[0]!).getByText('format')).toBeInTheDocument();
		expect(items[0]).toHaveTextContent('Valeur non autorisée 2');
		expect(within(items[1]!).getByText('tout le fichier')).toBeInTheDocument();
		expect(items[1]).toHaveTextContent('ligne 3, colonne 4');
		// Attacker-chosen places and values are text, never markup.
		expect(items[2]).toHaveTextContent('<img src=x onerror=alert(1)>');
		expect(items[2]).toHaveTextContent('javascript:alert(1)');
		expect(container.querySelector('img, a')).toBeNull();
	});

	it('names a pack from a link and speaks Dutch', async () => {
		await setLang('nl', false);
		render(PackProblems, { fileName: null, issues: issues.slice(0, 1) });
		flushSync();
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
			'1 probleem in „pakket uit de link”'
		);
		expect(screen.getByRole('listitem')).toHaveTextContent('Plaats');
	});

	it('shows the first hundred problems of a long list', () => {
		const many = Array.from({ length: 150 }, (_, i) => ({
			...issues[0]!,
			path: `questions[${i}]`
		}));
		render(PackProblems, { fileName: 'gros.json', issues: many });
		expect(screen.getAllByRole('listitem')).toHaveLength(100);
		expect(screen.getByText('… et 50 autres problèmes.')).toBeInTheDocument();
	});
});
