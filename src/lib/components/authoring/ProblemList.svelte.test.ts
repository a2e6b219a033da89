import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makePack, makeQuestions } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Json } from '$lib/progress';
import DraftEditorView from './DraftEditorView.svelte';

vi.mock('$lib/state/drafts', () => ({ storeDraft: vi.fn(async () => true) }));

describe('ProblemList', { timeout: 40_000 }, () => {
	beforeAll(() => stringsReady());

	it('lists every problem, however many, each leading to its field', async () => {
		const base = makeQuestions().find((q) => q.kind === 'short')!;
		// 55 questions (the list used to stop at 50), each with its Dutch prompt missing.
		const questions = Array.from({ length: 55 }, (_, i) => ({
			...structuredClone(base),
			id: `q${i + 1}`,
			prompt: { fr: `Question ${i + 1}` }
		}));
		const pack = makePack({ questions });
		render(DraftEditorView, {
			record: { id: 'd1', title: '', updatedAt: 0, pack: pack as unknown as Json }
		});
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
