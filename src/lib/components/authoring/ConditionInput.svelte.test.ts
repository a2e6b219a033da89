import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { part, renderParts } from '../../../../tests/factories/editor';
import { stringsReady } from '$lib/i18n/index.svelte';
import ConditionInput from './ConditionInput.svelte';

/** The factory's question step leaves by [trust ≥ 3 and chose share], then by [score ≥ 50]. */
const branch = (i: number) => ['scenarios', 0, 'steps', 'quiz', 'next', i, 'when'];
const renderCondition = (i: number) =>
	renderParts([part(ConditionInput, { path: branch(i), scenarioPath: ['scenarios', 0] })]);

describe('ConditionInput', () => {
	beforeAll(() => stringsReady());

	it('edits a combined condition as fields: all/any, each condition negatable, more added', async () => {
		const { editor } = renderCondition(0);
		expect(screen.queryByRole('textbox', { name: /JSON/ })).toBeNull();
		expect(screen.getAllByLabelText('Si')[0]).toHaveDisplayValue('plusieurs conditions');
		const second = screen.getByRole('group', { name: 'Condition 2' });
		expect(within(second).getByLabelText('Si')).toHaveDisplayValue('un choix a été fait');

		await userEvent.selectOptions(screen.getByLabelText('Conditions à remplir'), 'au moins une');
		await userEvent.click(within(second).getByRole('checkbox', { name: /Inverser/ }));
		await userEvent.click(screen.getByRole('button', { name: 'Ajouter une condition' }));
		const third = screen.getByRole('group', { name: 'Condition 3' });
		expect(within(third).getByLabelText('Si')).toHaveDisplayValue('le score (%) compare');

		expect(editor.get(branch(0))).toEqual({
			any: [
				{ var: 'trust', gte: 3 },
				{ not: { chose: { step: 'decide', choice: 'share' } } },
				{ score: { gte: 50 } }
			]
		});
		expect(editor.issues).toEqual([]);
	});

	it('negates a whole condition and turns a simple one into a group that keeps it', async () => {
		const { editor } = renderCondition(1);
		expect(screen.getByLabelText('Si')).toHaveDisplayValue('le score (%) compare');
		await userEvent.selectOptions(screen.getByLabelText('Si'), 'plusieurs conditions');
		await userEvent.click(screen.getAllByRole('checkbox', { name: /Inverser/ })[0]!);
		expect(editor.get(branch(1))).toEqual({ not: { all: [{ score: { gte: 50 } }] } });
	});
});
