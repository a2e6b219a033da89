import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makePack, makeQuestions } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Json } from '$lib/progress';
import { AUTOSAVE_MS } from '$lib/state/authoring.svelte';
import { storeDraft } from '$lib/state/drafts';
import DraftEditorView from './DraftEditorView.svelte';

vi.mock('$lib/state/drafts', () => ({ storeDraft: vi.fn(async () => true) }));

/** A pack whose one question is a true/false imported from GIFT: its feedback in French only. */
function record() {
	const imported = {
		...makeQuestions().find((q) => q.kind === 'truefalse')!,
		feedbackTrue: { fr: 'Exact.' }
	};
	const pack = makePack({ questions: [imported] });
	return { id: 'd1', title: '', updatedAt: 0, pack: pack as unknown as Json };
}

async function openQuestion() {
	const questions = screen.getByRole('region', { name: /^Questions/ });
	await userEvent.click(within(questions).getByRole('button', { name: /q-truefalse/ }));
	return questions;
}

/** What was last saved for the draft (autosave). */
async function saved() {
	await new Promise((r) => setTimeout(r, AUTOSAVE_MS + 50));
	return vi.mocked(storeDraft).mock.lastCall![1];
}

describe('QuestionForm', { timeout: 20_000 }, () => {
	beforeAll(() => stringsReady());

	it('edits true/false feedback in both languages, with the missing translation shown there', async () => {
		render(DraftEditorView, { record: record() });
		const questions = await openQuestion();
		const fr = within(questions).getByLabelText(/« vrai ».*\(français\)/);
		const nl = within(questions).getByLabelText(/« vrai ».*\(néerlandais\)/);
		expect(fr).toHaveValue('Exact.');
		expect(nl).toHaveAttribute('aria-invalid', 'true');
		expect(nl).toHaveAccessibleDescription('Traduction manquante en « nl ».');

		await userEvent.type(nl, 'Juist.');
		expect(nl).not.toHaveAttribute('aria-invalid');
		expect(screen.getByText('Aucun problème : le pack est valide.')).toBeInTheDocument();

		const no = within(questions).getByLabelText(/« faux ».*\(néerlandais\)/);
		await userEvent.clear(no);
		await userEvent.clear(within(questions).getByLabelText(/« faux ».*\(français\)/));
		expect(await saved()).toMatchObject({
			questions: [{ feedbackTrue: { fr: 'Exact.', nl: 'Juist.' } }]
		});
		// Emptied in both languages, the optional feedback is removed rather than kept empty.
		expect((await saved()).questions![0]).not.toHaveProperty('feedbackFalse');
	});

	it('ties a question to organisations and topics with checkboxes', async () => {
		render(DraftEditorView, { record: record() });
		const questions = await openQuestion();
		const orgs = within(questions).getByRole('group', { name: /Organisations concernées/ });
		await userEvent.click(within(orgs).getByRole('checkbox', { name: /^OCAM/ }));
		await userEvent.click(within(orgs).getByRole('checkbox', { name: /^VSSE/ }));
		const topics = within(questions).getByRole('group', { name: 'Thèmes' });
		await userEvent.click(within(topics).getByRole('checkbox', { name: 'Liaison' }));
		// Saved in the catalogue's order, whatever order they were ticked in.
		expect(await saved()).toMatchObject({ questions: [{ actors: ['vsse', 'ocam'], topics: [] }] });
	});
});
