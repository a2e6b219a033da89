import { expect, test, type Page } from '@playwright/test';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectHeading, hydrated, waitForServiceWorker } from './helpers';
import { serveFolder } from './static-server';

const activatedElsewhere = 'Une nouvelle version a été activée dans un autre onglet.';
const banner = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'Nouvelle version disponible' });

test('an update accepted in one tab reaches the others: a first-visit tab and one opened just before', async ({
	context
}) => {
	// A copy of the build that the test can "release" again, served by a plain static host.
	const root = await mkdtemp(join(tmpdir(), 'liaison-tabs-'));
	await cp('build', root, { recursive: true });
	const host = await serveFolder(root);
	try {
		// The very first visit: no worker controlled this tab when it loaded.
		const first = await context.newPage();
		await first.goto(`${host.url}/quiz`);
		await expectHeading(first, 'Quiz');
		await waitForServiceWorker(first);
		const second = await context.newPage();
		await second.goto(`${host.url}/settings`);
		await hydrated(second);

		// A release while the app stays open: coming back to the foreground finds it.
		await appendFile(join(root, 'service-worker.js'), '\n// next release\n');
		await second.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(banner(second)).toBeVisible();
		await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(banner(first)).toBeVisible();

		// A third tab opened just before the update is accepted in the second.
		const third = await context.newPage();
		await third.goto(`${host.url}/progress`);
		await hydrated(third);
		const reloaded = second.waitForEvent('load');
		await banner(second).getByRole('button', { name: 'Mettre à jour' }).click();
		await reloaded;
		await expect(banner(second)).toBeHidden();

		for (const page of [first, third]) {
			await expect(page.getByText(activatedElsewhere)).toBeVisible();
			await expect(banner(page)).toBeHidden();
		}
		// The first tab's reload button loads the new version.
		const again = first.waitForEvent('load');
		await first.getByRole('button', { name: 'Recharger' }).click();
		await again;
		await expectHeading(first, 'Quiz');
		await expect(first.getByText(activatedElsewhere)).toBeHidden();
	} finally {
		await host.close();
		await rm(root, { recursive: true, force: true });
	}
});

test('where service workers are refused, the app says once, quietly, that offline use is unavailable', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block', baseURL });
	const page = await context.newPage();
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	await page.goto('/');
	const note = page.getByRole('status').filter({ hasText: 'Utilisation hors ligne indisponible' });
	await expect(note).toBeVisible();
	await note.getByRole('button', { name: 'OK' }).click();
	await expect(note).toBeHidden();
	// Said once: the next screen does not say it again.
	await page.goto('/quiz');
	await expectHeading(page, 'Quiz');
	await hydrated(page);
	await expect(note).toBeHidden();
	expect(errors).toEqual([]);
	await context.close();
});
