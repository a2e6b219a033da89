import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catchDownloads, downloaded, type Download } from '../../../../tests/factories/downloads';
import { makePack } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import { validatePack } from '$lib/packs/validate';
import { scormPackage } from '$lib/scorm/package';
import ScormExport from './ScormExport.svelte';

// A stand-in for the player the app ships under /scorm-player/ (the build makes the real one).
const PLAYER: Record<string, string> = {
	'index.html': '<!doctype html><script type="module" src="./assets/index-1.js"></script>',
	'assets/index-1.js': 'console.log("player")'
};
let downloads: Download[] = [];
let requested: string[] = [];

function servePlayer(available = true) {
	requested = [];
	vi.stubGlobal(
		'fetch',
		vi.fn(async (url: string) => {
			requested.push(url);
			const path = url.replace(/^\/scorm-player\//, '');
			if (!available) return new Response('', { status: 404 });
			if (path === 'files.json') return Response.json(Object.keys(PLAYER));
			const body = PLAYER[path];
			return body === undefined ? new Response('', { status: 404 }) : new Response(body);
		})
	);
}

beforeEach(() => {
	downloads = catchDownloads();
});
afterEach(() => vi.unstubAllGlobals());

/** The factory pack as the editor hands it over: validated. */
function validPack() {
	const result = validatePack(makePack());
	if (!result.ok) throw new Error('the factory pack is invalid');
	return result.pack;
}
const player = () => new Map(Object.entries(PLAYER).map(([p, text]) => [p, strToU8(text)]));
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('ScormExport', { timeout: 20_000 }, () => {
	beforeAll(() => stringsReady());

	it('downloads the package of the first scenario, byte for byte the one the command builds', async () => {
		servePlayer();
		const pack = validPack();
		render(ScormExport, { pack });
		await userEvent.click(
			screen.getByRole('button', { name: 'Télécharger le paquet SCORM (.zip)' })
		);
		await screen.findByText(/^Paquet téléchargé : .*, 4 fichiers\.$/);
		const file = await downloaded(downloads);
		expect(downloads.map((d) => d.name)).toEqual(['test-pack-liaison-basics-scorm12.zip']);
		const zip = await bytesOf(file.blob);
		const expected = scormPackage({
			pack,
			scenarioId: 'liaison-basics',
			version: '1.2',
			player: player()
		});
		expect(zip).toEqual(expected.zip);
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual(
			['assets/index-1.js', 'imsmanifest.xml', 'index.html', 'liaison-pack.json'].sort()
		);
		expect(strFromU8(files['imsmanifest.xml']!)).toContain('<schemaversion>1.2</schemaversion>');
		expect(requested).toEqual([
			'/scorm-player/files.json',
			'/scorm-player/index.html',
			'/scorm-player/assets/index-1.js'
		]);
	});

	it('packages an exam of the chosen number of questions, with a time limit, for SCORM 2004', async () => {
		servePlayer();
		const pack = validPack();
		render(ScormExport, { pack });
		await userEvent.selectOptions(
			screen.getByLabelText('Contenu du paquet'),
			'Examen tiré des questions du quiz'
		);
		const count = screen.getByLabelText("Nombre de questions de l'examen");
		await userEvent.clear(count);
		await userEvent.type(count, '99');
		const button = screen.getByRole('button', { name: 'Télécharger le paquet SCORM (.zip)' });
		expect(count).toHaveAttribute('aria-invalid', 'true');
		expect(button).toBeDisabled();
		await userEvent.clear(count);
		await userEvent.type(count, '3');
		await userEvent.type(
			screen.getByLabelText("Durée maximale de l'examen (minutes, facultatif)"),
			'20'
		);
		await userEvent.selectOptions(screen.getByLabelText('Version SCORM'), 'SCORM 2004, 4e édition');
		await userEvent.click(button);
		await screen.findByText(/^Paquet téléchargé/);
		const file = await downloaded(downloads);
		expect(file.name).toBe('test-pack-exam3-scorm2004.zip');
		const files = unzipSync(await bytesOf(file.blob));
		const data = JSON.parse(strFromU8(files['liaison-pack.json']!)) as Record<string, unknown>;
		expect(data).toMatchObject({ version: '2004', exam: 3, timeLimit: 20 });
		const manifest = strFromU8(files['imsmanifest.xml']!);
		expect(manifest).toContain('2004 4th Edition');
		expect(manifest).toContain('attemptAbsoluteDurationLimit="PT20M0S"');
	});

	it('says so when the player cannot be fetched (offline), and downloads nothing', async () => {
		servePlayer(false);
		render(ScormExport, { pack: validPack() });
		await userEvent.click(
			screen.getByRole('button', { name: 'Télécharger le paquet SCORM (.zip)' })
		);
		await screen.findByText(/le lecteur SCORM n'a pas pu être chargé/);
		expect(downloads).toEqual([]);
	});
});
