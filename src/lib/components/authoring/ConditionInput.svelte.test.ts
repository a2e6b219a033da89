import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makePack } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Json } from '$lib/progress';
import { AUTOSAVE_MS } from '$lib/state/authoring.svelte';
import { storeDraft } from '$lib/state/drafts';
import DraftEditorView from './DraftEditorView.svelte';

vi.mock('$lib/state/drafts', () => ({ storeDraft: vi.fn(async () => true) }));

const record = () => ({ id: 'd1', title: '', updatedAt: 0, pack: makePack() as unknown as Json });

/** The first branch of the factory's question step: all of [trust ≥ 3, chose share]. */
async function firstBranch() {
	await userEvent.click(screen.getByRole('button', { name: /^Étape quiz,/ }));
	const step = screen.getByRole('region', { name: 'Étape quiz' });
	return within(step).getAllByRole('listitem')[0]!;
}

async function savedWhen() {
	await new Promise((r) => setTimeout(r, AUTOSAVE_MS + 50));
	const pack = vi.mocked(storeDraft).mock.lastCall![1];
	const next = pack.scenarios![0]!.steps.quiz!;
	return (next as { next: Array<{ when?: unknown }> }).next[0]!.when;
}

describe('ConditionInput', { timeout: 40_000 }, () => {
	beforeAll(() => stringsReady());

	it('edits a combined condition as fields: all/any, each condition negatable, more added', async () => {
		render(DraftEditorView, { record: record() });
		const branch = await firstBranch();
		expect(within(branch).queryByRole('textbox', { name: /JSON/ })).toBeNull();
		expect(within(branch).getAllByLabelText('Si')[0]).toHaveDisplayValue('plusieurs conditions');
		const second = within(branch).getByRole('group', { name: 'Condition 2' });
		expect(within(second).getByLabelText('Si')).toHaveDisplayValue('un choix a été fait');

		await userEvent.selectOptions(
			within(branch).getByLabelText('Conditions à remplir'),
			'au moins une'
		);
		await userEvent.click(within(second).getByRole('checkbox', { name: /Inverser/ }));
		await userEvent.click(within(branch).getByRole('button', { name: 'Ajouter une condition' }));
		const third = within(branch).getByRole('group', { name: 'Condition 3' });
		expect(within(third).getByLabelText('Si')).toHaveDisplayValue('le score (%) compare');

		expect(await savedWhen()).toEqual({
			any: [
				{ var: 'trust', gte: 3 },
				{ not: { chose: { step: 'decide', choice: 'share' } } },
				{ score: { gte: 50 } }
			]
		});
		expect(screen.getByText('Aucun problème : le pack est valide.')).toBeInTheDocument();
	});

	it('negates a whole condition and turns a simple one into a group that keeps it', async () => {
		render(DraftEditorView, { record: record() });
		await userEvent.click(screen.getByRole('button', { name: /^Étape quiz,/ }));
		const step = screen.getByRole('region', { name: 'Étape quiz' });
		const branch = within(step).getAllByRole('listitem').at(-2)!;
		expect(within(branch).getByLabelText('Si')).toHaveDisplayValue('le score (%) compare');
		await userEvent.selectOptions(within(branch).getByLabelText('Si'), 'plusieurs conditions');
		const inner = within(branch).getAllByRole('checkbox', { name: /Inverser/ })[0]!;
		await userEvent.click(inner);
		await new Promise((r) => setTimeout(r, AUTOSAVE_MS + 50));
		const pack = vi.mocked(storeDraft).mock.lastCall![1];
		const next = (pack.scenarios![0]!.steps.quiz as { next: Array<{ when?: unknown }> }).next;
		expect(next[1]!.when).toEqual({ not: { all: [{ score: { gte: 50 } }] } });
	});
});
