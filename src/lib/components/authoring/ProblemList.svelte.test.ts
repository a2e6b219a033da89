import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorOf, part, renderParts } from '../../../../tests/factories/editor';
import { makePack, makeQuestions } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import ProblemList from './ProblemList.svelte';
import QuestionsEditor from './QuestionsEditor.svelte';

describe('ProblemList', () => {
	beforeAll(() => stringsReady());

	it('lists every problem, however many, each leading to its field', async () => {
		const base = makeQuestions().find((q) => q.kind === 'short')!;
		// 55 questions (the list used to stop at 50), each with its Dutch prompt missing.
		const questions = Array.from({ length: 55 }, (_, i) => ({
			...structuredClone(base),
			id: `q${i + 1}`,
			prompt: { fr: `Question ${i + 1}` }
		}));
		// The list and the questions' part: a listed problem opens its question and focuses the field.
		renderParts(
			[part(ProblemList, {}), part(QuestionsEditor, {})],
			editorOf(makePack({ questions }))
		);
		const list = screen.getByRole('region', { name: 'Vérification du pack' });
		const links = within(list).getAllByRole('button', { name: /^questions\[\d+\]\.prompt/ });
		expect(links).toHaveLength(55);

		await userEvent.click(links.at(-1)!);
		const questionsPart = screen.getByRole('region', { name: /^Questions/ });
		const nl = within(questionsPart).getByLabelText('Énoncé (néerlandais)');
		expect(nl).toHaveFocus();
		expect(within(questionsPart).getByLabelText('Énoncé (français)')).toHaveValue('Question 55');
	});
});
