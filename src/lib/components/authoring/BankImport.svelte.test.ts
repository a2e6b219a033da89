import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { part, renderParts } from '../../../../tests/factories/editor';
import { oversizedFile } from '../../../../tests/factories/files';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import BankImport from './BankImport.svelte';

const renderImport = () => renderParts([part(BankImport, {})]);

describe('BankImport', () => {
	beforeAll(() => stringsReady());

	it('refuses a question bank over the size limit without reading it', async () => {
		const { editor } = renderImport();
		const { file, read } = oversizedFile('banque.gift');
		await userEvent.upload(
			screen.getByLabelText('Fichier GIFT, Aiken ou Moodle XML (.gift, .txt, .xml)'),
			file
		);
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent(/« banque\.gift » \(4 Mo\) dépasse .*n'a pas été lu/);
		expect(read).not.toHaveBeenCalled();
		expect(editor.draft.questions).toHaveLength(7);
	});

	it('says so in Dutch too', async () => {
		await setLang('nl', false);
		try {
			renderImport();
			const { file } = oversizedFile('bank.gift');
			await userEvent.upload(screen.getByLabelText(/^GIFT-, Aiken- of Moodle XML-bestand/), file);
			expect(screen.getByRole('alert')).toHaveTextContent(/het is niet gelezen/);
		} finally {
			await setLang('fr', false);
		}
	});

	it('imports a bank and lists what it could not carry over', async () => {
		const { editor } = renderImport();
		const bank = new File(['Qui ? {=OCAM#Oui ~CTIF}\n\n::E::Décrivez. {}'], 'b.gift', {
			type: 'text/plain'
		});
		await userEvent.upload(
			screen.getByLabelText('Fichier GIFT, Aiken ou Moodle XML (.gift, .txt, .xml)'),
			bank
		);
		const status = await screen.findByText('1 question ajoutée.');
		expect(
			within(status.parentElement!).getByText(/refusée : question ouverte/)
		).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
		expect(editor.draft.questions).toHaveLength(8);
	});

	it('imports Moodle XML and says why a hostile file is refused', async () => {
		renderImport();
		const input = screen.getByLabelText('Fichier GIFT, Aiken ou Moodle XML (.gift, .txt, .xml)');
		const xml = `<quiz><question type="truefalse"><questiontext format="html"><text>&lt;p&gt;Vrai ?&lt;/p&gt;</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
		await userEvent.upload(input, new File([xml], 'moodle.xml', { type: 'text/xml' }));
		expect(await screen.findByText('1 question ajoutée.')).toBeInTheDocument();
		const bomb = '<!DOCTYPE q [<!ENTITY a "aaaa">]><quiz>&a;</quiz>';
		await userEvent.upload(input, new File([bomb], 'bomb.xml', { type: 'text/xml' }));
		const status = await screen.findByText('0 question ajoutée.');
		expect(
			within(status.parentElement!).getByText(/déclaration DOCTYPE interdite/)
		).toBeInTheDocument();
	});
});
