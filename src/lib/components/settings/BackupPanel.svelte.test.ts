import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import { BackupState } from '$lib/state/backup.svelte';
import { learner, type Connection } from '$lib/state/learner.svelte';
import { catchDownloads, downloaded, type Download } from '../../../../tests/factories/downloads';
import { dumpDb, seedProgress } from '../../../../tests/factories/progress';
import BackupPanel from './BackupPanel.svelte';

// jsdom has no modal dialogs: enough of one to open and close it.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
	this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
	this.open = false;
};

let connection: Connection;
let downloads: Download[];

beforeAll(async () => {
	await stringsReady();
	connection = (await learner.connect())!;
	await seedProgress(connection.db, connection.profileId);
});

beforeEach(() => {
	downloads = catchDownloads();
});

afterEach(() => vi.restoreAllMocks());

const file = (text: string, name = 'backup.json') =>
	new File([text], name, { type: 'application/json' });

async function exported(): Promise<string> {
	await userEvent.click(screen.getByRole('button', { name: 'Exporter ma progression' }));
	return (await downloaded(downloads)).text;
}

describe('BackupPanel', () => {
	it('exports the active profile as one versioned JSON file', async () => {
		render(BackupPanel, { backup: new BackupState() });
		const backup = JSON.parse(await exported());
		expect(downloads[0]!.name).toMatch(/^liaison-progress-\d{4}-\d{2}-\d{2}\.json$/);
		expect(backup).toMatchObject({ format: 'liaison-progress-backup', version: 1 });
		expect(backup.profile.id).toBe(connection.profileId);
		expect(backup.events).toHaveLength(5);
		expect(backup.runs).toHaveLength(2);
	});

	it('imports its own export twice without adding anything', async () => {
		render(BackupPanel, { backup: new BackupState() });
		const text = await exported();
		const before = await dumpDb(connection.db);
		const input = screen.getByLabelText('Importer une sauvegarde');
		for (let i = 0; i < 2; i++) {
			await userEvent.upload(input, file(text));
			expect(await screen.findByRole('status')).toHaveTextContent('rien de nouveau');
		}
		expect(await dumpDb(connection.db)).toEqual(before);
	});

	it('adds what an export of another device holds and says how much', async () => {
		render(BackupPanel, { backup: new BackupState() });
		const backup = JSON.parse(await exported());
		backup.profile.id = 'tablet-2';
		for (const row of [...backup.runs, ...backup.events, ...backup.cards]) {
			row.profileId = 'tablet-2';
			if ('id' in row) row.id = `${row.id}-t2`;
		}
		for (const e of backup.events) if (e.runId) e.runId = `${e.runId}-t2`;
		backup.settings = [];
		await userEvent.upload(
			screen.getByLabelText('Importer une sauvegarde'),
			file(JSON.stringify(backup))
		);
		expect(await screen.findByRole('status')).toHaveTextContent(
			'7 éléments ajoutés (5 réponses ou étapes, 2 tentatives)'
		);
	});

	it('refuses a corrupt or foreign file with a message naming the problem, changing nothing', async () => {
		render(BackupPanel, { backup: new BackupState() });
		const text = await exported();
		const before = await dumpDb(connection.db);
		const input = screen.getByLabelText('Importer une sauvegarde');
		const cases: [string, RegExp][] = [
			[text.slice(0, text.length / 2), /pas un fichier JSON valide/],
			['{"hello":"world"}', /pas une sauvegarde de progression de Liaison/],
			[text.replace('"version":1', '"version":9'), /version plus récente/],
			[
				text.replace(/"points":\d+/, '"points":"many"'),
				/abîmée à l'endroit « events\.\d+\.points »/
			]
		];
		for (const [content, message] of cases) {
			await userEvent.upload(input, file(content));
			await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
			expect(screen.getByRole('alert')).toHaveTextContent("Rien n'a été modifié");
		}
		expect(await dumpDb(connection.db)).toEqual(before);
	});

	it('resets only after a confirmation that offers the export first', async () => {
		render(BackupPanel, { backup: new BackupState() });
		const before = await dumpDb(connection.db);
		await userEvent.click(screen.getByRole('button', { name: 'Remettre ma progression à zéro…' }));
		const dialog = screen.getByRole('dialog', { name: 'Remettre la progression à zéro ?' });
		await userEvent.click(within(dialog).getByRole('button', { name: "Exporter d'abord" }));
		await downloaded(downloads);
		await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
		expect(await dumpDb(connection.db)).toEqual(before);

		await userEvent.click(screen.getByRole('button', { name: 'Remettre ma progression à zéro…' }));
		await userEvent.click(
			within(screen.getByRole('dialog')).getByRole('button', { name: 'Tout effacer' })
		);
		expect(await screen.findByText('Progression remise à zéro.')).toBeInTheDocument();
		const after = await dumpDb(connection.db);
		expect(after.events.filter((e) => e.profileId === connection.profileId)).toEqual([]);
		expect(after.profiles).toEqual(before.profiles);
	});
});
