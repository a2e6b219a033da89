import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { oversizedFile } from '../../../../tests/factories/files';
import { makePack } from '../../../../tests/factories/packs';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import type { Json } from '$lib/progress';
import DraftEditorView from './DraftEditorView.svelte';

vi.mock('$lib/state/drafts', () => ({ storeDraft: vi.fn(async () => true) }));

const record = () => ({ id: 'd1', title: '', updatedAt: 0, pack: makePack() as unknown as Json });

describe('BankImport', { timeout: 20_000 }, () => {
	beforeAll(() => stringsReady());

	it('refuses a question bank over the size limit without reading it', async () => {
		render(DraftEditorView, { record: record() });
		const { file, read } = oversizedFile('banque.gift');
		await userEvent.upload(screen.getByLabelText('Fichier GIFT ou Aiken (.gift, .txt)'), file);
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent(/« banque\.gift » \(4 Mo\) dépasse .*n'a pas été lu/);
		expect(read).not.toHaveBeenCalled();
		expect(screen.getByRole('heading', { name: 'Questions du quiz (7)' })).toBeInTheDocument();
	});

	it('says so in Dutch too', async () => {
		await setLang('nl', false);
		try {
			render(DraftEditorView, { record: record() });
			const { file } = oversizedFile('bank.gift');
			await userEvent.upload(screen.getByLabelText(/^GIFT- of Aiken-bestand/), file);
			expect(screen.getByRole('alert')).toHaveTextContent(/het is niet gelezen/);
		} finally {
			await setLang('fr', false);
		}
	});

	it('imports a bank and lists what it could not carry over', async () => {
		render(DraftEditorView, { record: record() });
		const bank = new File(['Qui ? {=OCAM#Oui ~CTIF}\n\n::E::Décrivez. {}'], 'b.gift', {
			type: 'text/plain'
		});
		await userEvent.upload(screen.getByLabelText('Fichier GIFT ou Aiken (.gift, .txt)'), bank);
		const status = await screen.findByText('1 question ajoutée.');
		expect(within(status.parentElement!).getByText(/question ouverte/)).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
