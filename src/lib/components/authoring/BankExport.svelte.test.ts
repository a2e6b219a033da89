import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makePack } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Json } from '$lib/progress';
import DraftEditorView from './DraftEditorView.svelte';

vi.mock('$lib/state/drafts', () => ({ storeDraft: vi.fn(async () => true) }));

const record = () => ({ id: 'd1', title: '', updatedAt: 0, pack: makePack() as unknown as Json });
let downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
	downloads = [];
	const blobs = new Map<string, Blob>();
	URL.createObjectURL = (blob: Blob) => {
		const url = `blob:test-${blobs.size}`;
		blobs.set(url, blob);
		return url;
	};
	URL.revokeObjectURL = () => {};
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		downloads.push({ name: this.download, blob: blobs.get(this.href)! });
	});
});

describe('BankExport', { timeout: 20_000 }, () => {
	beforeAll(() => stringsReady());

	it('downloads the questions as GIFT in the chosen language and lists what GIFT cannot hold', async () => {
		render(DraftEditorView, { record: record() });
		await userEvent.selectOptions(screen.getByLabelText('Langue des questions'), 'nl');
		await userEvent.click(screen.getByRole('button', { name: 'Télécharger en GIFT' }));
		const status = await screen.findByText("2 éléments n'ont pas pu être exportés tels quels :");
		expect(status.parentElement).toHaveTextContent(/q-ordering.*question à ordonner/);
		expect(downloads.map((d) => d.name)).toEqual(['test-pack-nl.gift.txt']);
		expect(await downloads[0]!.blob.text()).toContain(
			'::q-single::[markdown]Question q-single (nl){'
		);
	});

	it('downloads Moodle XML with every question kind', async () => {
		render(DraftEditorView, { record: record() });
		await userEvent.click(screen.getByRole('button', { name: 'Télécharger en Moodle XML' }));
		await vi.waitFor(() => expect(downloads).toHaveLength(1));
		const xml = await downloads[0]!.blob.text();
		expect(xml).toContain('<question type="ordering">');
		expect(screen.queryByText(/pas pu être exporté/)).toBeNull();
	});
});
