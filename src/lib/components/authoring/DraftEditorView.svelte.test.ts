import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyPack } from '$lib/authoring/templates';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Json } from '$lib/progress';
import { storeDraft } from '$lib/state/drafts';
import DraftEditorView from './DraftEditorView.svelte';

vi.mock('$lib/state/drafts', () => ({ storeDraft: vi.fn(async () => true) }));

const record = () => ({
	id: 'd1',
	title: '',
	updatedAt: 0,
	pack: emptyPack('mon-pack') as unknown as Json
});

/** The whole editor, for its wiring: each form on its own is tested with the editor's state alone. */
describe('DraftEditorView', () => {
	beforeAll(() => stringsReady());

	it('shows each problem at its field, lists it at the top, and clears it once fixed', async () => {
		render(DraftEditorView, { record: record() });
		const meta = screen.getByRole('region', { name: 'Informations du pack' });
		const nl = within(meta).getByLabelText('Titre (néerlandais)');
		expect(nl).toHaveAttribute('aria-invalid', 'true');
		expect(nl).toHaveAccessibleDescription('Le texte en « nl » est vide.');

		const list = screen.getByRole('region', { name: 'Vérification du pack' });
		await userEvent.click(within(list).getByRole('button', { name: /^title\.nl / }));
		expect(nl).toHaveFocus();

		await userEvent.type(nl, 'Delen');
		expect(nl).not.toHaveAttribute('aria-invalid');
		expect(within(list).queryByRole('button', { name: /^title\.nl / })).toBeNull();
	});

	it('undoes and redoes with the buttons and the keyboard', async () => {
		render(DraftEditorView, { record: record() });
		const fr = within(screen.getByRole('region', { name: 'Informations du pack' })).getByLabelText(
			'Titre (français)'
		);
		await userEvent.type(fr, 'Mon pack');
		expect(screen.getByRole('heading', { level: 2, name: 'Mon pack' })).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: /Annuler/ }));
		expect(fr).toHaveValue('');
		await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
		expect(fr).toHaveValue('Mon pack');
		await userEvent.keyboard('{Control>}z{/Control}');
		expect(fr).toHaveValue('');
	});

	it('saves what was typed at once when the editor is left, without waiting for the autosave', async () => {
		// The autosave's clock stands still: only leaving the editor can save.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
			const { unmount } = render(DraftEditorView, { record: record() });
			const meta = screen.getByRole('region', { name: 'Informations du pack' });
			await user.type(within(meta).getByLabelText('Titre (français)'), 'Mon pack');
			expect(storeDraft).not.toHaveBeenCalled();
			unmount();
			await vi.waitFor(() =>
				expect(storeDraft).toHaveBeenLastCalledWith(
					'd1',
					expect.objectContaining({ title: { fr: 'Mon pack', nl: '' } }),
					'fr'
				)
			);
		} finally {
			vi.useRealTimers();
		}
	});
});
