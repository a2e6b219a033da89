import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { oversizedFile } from '../../../../tests/factories/files';
import { stringsReady } from '$lib/i18n/index.svelte';
import { createDraft } from '$lib/state/drafts';
import DraftList from './DraftList.svelte';

vi.mock('$app/navigation', () => ({ goto: vi.fn() }));
vi.mock('$lib/state/drafts', () => ({
	builtinPacks: [],
	createDraft: vi.fn(async () => 'd1'),
	draftsStored: vi.fn(async () => true),
	listDrafts: vi.fn(async () => []),
	removeDraft: vi.fn()
}));

describe('DraftList', () => {
	beforeAll(() => stringsReady());

	it('refuses a pack file over the size limit without reading it', async () => {
		render(DraftList);
		const { file, read } = oversizedFile('enorme.json');
		const input = screen.getByLabelText(/^Ouvrir un fichier de pack/);
		await userEvent.upload(input, file);
		expect(screen.getByRole('alert')).toHaveTextContent(
			/« enorme\.json » \(4 Mo\) dépasse la taille maximale d'un pack \(4 Mo\)/
		);
		expect(input).toHaveAccessibleDescription(/n'a pas été lu/);
		expect(read).not.toHaveBeenCalled();
		expect(createDraft).not.toHaveBeenCalled();
	});
});
