import { expect, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { LINK_VERSION, toBase64Url } from '../../src/lib/sharing/link-codec';

/**
 * The /open address that carries `pack` inside its fragment, deflated by Node's zlib rather than
 * the app's code: the app must read any raw-deflate encoder's links (older ones were made by fflate).
 */
export const inlineAddress = (pack: unknown) =>
	`/open#p=${LINK_VERSION}.${toBase64Url(deflateRawSync(JSON.stringify(pack)))}`;

/** A checked pack is previewed first: the learner stores it, and the screen then says "Pack ouvert". */
export async function storePack(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Enregistrer le pack' }).click();
	await expect(page.getByRole('heading', { name: /^Pack ouvert :/ }).first()).toBeVisible();
}

export const packFile = (name: string, content: string | Buffer) => ({
	name,
	mimeType: name.endsWith('.json') ? 'application/json' : 'application/yaml',
	buffer: typeof content === 'string' ? Buffer.from(content) : content
});
