import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catchDownloads, downloaded, type Download } from '../../../../tests/factories/downloads';
import { part, renderParts } from '../../../../tests/factories/editor';
import { stringsReady } from '$lib/i18n/index.svelte';
import BankExport from './BankExport.svelte';

let downloads: Download[];
beforeEach(() => {
	downloads = catchDownloads();
});
afterEach(() => vi.restoreAllMocks());

describe('BankExport', () => {
	beforeAll(() => stringsReady());

	it('downloads the questions as GIFT in the chosen language and lists what GIFT cannot hold', async () => {
		renderParts([part(BankExport, {})]);
		await userEvent.selectOptions(screen.getByLabelText('Langue des questions'), 'nl');
		await userEvent.click(screen.getByRole('button', { name: 'Télécharger en GIFT' }));
		const status = await screen.findByText("2 éléments n'ont pas pu être exportés tels quels :");
		expect(status.parentElement).toHaveTextContent(/q-ordering.*question à ordonner/);
		const gift = await downloaded(downloads);
		expect(gift.name).toBe('test-pack-nl.gift.txt');
		expect(gift.text).toContain('::q-single::[markdown]Question q-single (nl){');
	});

	it('downloads Moodle XML with every question kind', async () => {
		renderParts([part(BankExport, {})]);
		await userEvent.click(screen.getByRole('button', { name: 'Télécharger en Moodle XML' }));
		expect((await downloaded(downloads)).text).toContain('<question type="ordering">');
		expect(screen.queryByText(/pas pu être exporté/)).toBeNull();
	});
});
