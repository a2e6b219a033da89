import { expect, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { LINK_VERSION, toBase64Url } from '../../src/lib/sharing/link-codec';

/**
 * The /open address that carries `pack` inside its fragment, deflated by Node's zlib rather than
 * the app's code: the app must read any raw-deflate encoder's links (older ones were made by fflate).
 */
export const inlineAddress = (pack: unknown) =>
	`/open#p=${LINK_VERSION}.${toBase64Url(deflateRawSync(JSON.stringify(pack)))}`;

/** A checked pack is previewed first: the learner stores it (the screen then says "Pack ouvert"). */
export async function storePack(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Enregistrer le pack' }).click();
}

export const packFile = (name: string, content: string | Buffer) => ({
	name,
	mimeType: name.endsWith('.json') ? 'application/json' : 'application/yaml',
	buffer: typeof content === 'string' ? Buffer.from(content) : content
});

/** Plays the scenario on screen to its debrief, taking the first option everywhere (French UI). */
export async function playToDebrief(page: Page): Promise<void> {
	const main = page.locator('main');
	const debrief = page.getByRole('heading', { name: 'Débriefing', level: 2 });
	await expect(page.getByText('Étape 1')).toBeVisible();
	for (let i = 0; i < 20 && !(await debrief.isVisible()); i++) {
		const proceed = main.getByRole('button', { name: 'Continuer', exact: true });
		if (await proceed.isVisible()) {
			await proceed.click();
			continue;
		}
		const radio = main.getByRole('radio').first();
		if (await radio.isVisible()) await radio.check();
		const submit = main.getByRole('button', { name: /^(Valider|Confirmer)/ });
		if (await submit.isVisible()) await submit.click();
	}
	await expect(debrief).toBeVisible();
}
