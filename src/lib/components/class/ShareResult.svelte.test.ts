import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import { decodeResult, payloadFrom } from '$lib/class';
import { scenarioBody } from '../../../../tests/factories/class';
import ShareResult from './ShareResult.svelte';

describe('sharing a result (trainee)', () => {
	beforeAll(() => stringsReady());
	afterEach(() => setLang('fr', false));

	it('asks for a display name, then gives a QR code, a file and a link', async () => {
		render(ShareResult, { make: (name: string) => scenarioBody(name), origin: 'https://app' });
		expect(screen.queryByRole('img')).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Créer mon résultat' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Indiquez un nom affiché.');

		await fireEvent.input(screen.getByLabelText('Nom affiché'), { target: { value: 'Zoë' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Créer mon résultat' }));
		const link = (await screen.findByLabelText('Lien du résultat')) as HTMLInputElement;
		expect(link.value).toMatch(/^https:\/\/app\/class#r=1\.[\w-]+$/);
		const decoded = await decodeResult(payloadFrom(link.value)!);
		expect(decoded.ok && decoded.result.name).toBe('Zoë');
		expect(await screen.findByRole('img', { name: 'Code QR de mon résultat' })).toBeVisible();
		expect(screen.getByRole('link', { name: 'Télécharger le fichier' })).toHaveAttribute(
			'download',
			'liaison-liaison-basics-Zoe.liaison-result.txt'
		);
	});
});
