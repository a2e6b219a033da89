import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { editorOf, part, renderParts } from '../../../../tests/factories/editor';
import { makePack, makeQuestions } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import QuestionForm from './QuestionForm.svelte';

/** A pack whose one question is a true/false imported from GIFT: its feedback in French only. */
function imported() {
	const question = {
		...makeQuestions().find((q) => q.kind === 'truefalse')!,
		feedbackTrue: { fr: 'Exact.' }
	};
	return editorOf(makePack({ questions: [question] }));
}

const renderQuestion = () =>
	renderParts([part(QuestionForm, { path: ['questions', 0] })], imported());

describe('QuestionForm', () => {
	beforeAll(() => stringsReady());

	it('edits true/false feedback in both languages, with the missing translation shown there', async () => {
		const { editor } = renderQuestion();
		const fr = screen.getByLabelText(/« vrai ».*\(français\)/);
		const nl = screen.getByLabelText(/« vrai ».*\(néerlandais\)/);
		expect(fr).toHaveValue('Exact.');
		expect(nl).toHaveAttribute('aria-invalid', 'true');
		expect(nl).toHaveAccessibleDescription('Traduction manquante en « nl ».');

		await userEvent.type(nl, 'Juist.');
		expect(nl).not.toHaveAttribute('aria-invalid');
		expect(editor.issues).toEqual([]);

		await userEvent.clear(screen.getByLabelText(/« faux ».*\(néerlandais\)/));
		await userEvent.clear(screen.getByLabelText(/« faux ».*\(français\)/));
		const question = editor.get(['questions', 0]);
		expect(question).toMatchObject({ feedbackTrue: { fr: 'Exact.', nl: 'Juist.' } });
		// Emptied in both languages, the optional feedback is removed rather than kept empty.
		expect(question).not.toHaveProperty('feedbackFalse');
	});

	it('ties a question to organisations and topics with checkboxes', async () => {
		const { editor } = renderQuestion();
		const orgs = screen.getByRole('group', { name: /Organisations concernées/ });
		await userEvent.click(within(orgs).getByRole('checkbox', { name: /^OCAM/ }));
		await userEvent.click(within(orgs).getByRole('checkbox', { name: /^VSSE/ }));
		const topics = screen.getByRole('group', { name: 'Thèmes' });
		await userEvent.click(within(topics).getByRole('checkbox', { name: 'Liaison' }));
		// Kept in the catalogue's order, whatever order they were ticked in.
		expect(editor.get(['questions', 0])).toMatchObject({ actors: ['vsse', 'ocam'], topics: [] });
	});
});
