import { expect, test } from '@playwright/test';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectHeading, waitForServiceWorker } from './helpers';
import { serveFolder } from './static-server';

test('a new version waits for consent, never reloads by itself, then reloads once', async ({
	page
}) => {
	// A copy of the build that the test can "release" again, served by a plain static host.
	const root = await mkdtemp(join(tmpdir(), 'liaison-update-'));
	await cp('build', root, { recursive: true });
	const host = await serveFolder(root);
	try {
		await page.goto(`${host.url}/quiz`);
		await expectHeading(page, 'Quiz');
		await waitForServiceWorker(page);
		await page.evaluate(() => ((window as { unsaved?: string }).unsaved = 'work in progress'));

		await appendFile(join(root, 'service-worker.js'), '\n// next release\n');
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

		const banner = page.getByRole('status').filter({ hasText: 'Nouvelle version disponible' });
		await expect(banner).toBeVisible();
		// The worker is waiting, and the page has not reloaded on its own.
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(true);
		expect(await page.evaluate(() => (window as { unsaved?: string }).unsaved)).toBe(
			'work in progress'
		);

		const reloaded = page.waitForEvent('load');
		await banner.getByRole('button', { name: 'Mettre à jour' }).click();
		await reloaded;
		await expectHeading(page, 'Quiz');
		await expect(banner).toBeHidden();
		expect(await page.evaluate(() => (window as { unsaved?: string }).unsaved)).toBeUndefined();
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(false);
	} finally {
		await host.close();
		await rm(root, { recursive: true, force: true });
	}
});
