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
		// The very first visit: no worker controlled this tab when it loaded; a scenario is open in it.
		const first = await context.newPage();
		await first.goto(`${host.url}/play?pack=plan-r&scenario=plan-r-ardenval`);
		// A first visit installs the built-in packs before the run starts: slow on a busy machine.
		await expect(first.locator('.screen h2').first()).toBeVisible({ timeout: 30_000 });
		await waitForServiceWorker(first);
		const second = await context.newPage();
		await second.goto(`${host.url}/settings`);
		await hydrated(second);

		// A release while the app stays open: coming back to the foreground finds it.
		await appendFile(join(root, 'service-worker.js'), '\n// next release\n');
		// The app starts looking for releases once it has registered its worker (after load, when idle):
		// coming back to the foreground is repeated until it has, instead of racing it.
		await expect(async () => {
			await second.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			await expect(banner(second)).toBeVisible({ timeout: 3000 });
		}).toPass();
		await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(banner(first)).toBeVisible();

		// A third tab opened just before the update is accepted in the second, with nothing in progress.
		const third = await context.newPage();
		await third.goto(`${host.url}/progress`);
		await hydrated(third);
		await third.evaluate(() => ((window as { mark?: number }).mark = 1));
		const reloaded = second.waitForEvent('load');
		const thirdReloaded = third.waitForEvent('load');
		await banner(second).getByRole('button', { name: 'Mettre à jour' }).click();
		await reloaded;
		await expect(banner(second)).toBeHidden();

		// Nothing was in progress in the third tab: it reloads by itself, on the new version, unasked.
		await thirdReloaded;
		await hydrated(third);
		expect(await third.evaluate(() => (window as { mark?: number }).mark)).toBeUndefined();
		await expect(third.getByText(activatedElsewhere)).toBeHidden();
		expect(await third.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

		// The first tab has a scenario open: it asks instead of reloading under the trainee.
		await expect(first.getByText(activatedElsewhere)).toBeVisible();
		await expect(banner(first)).toBeHidden();
		// Its reload button loads the new version, back at the same step.
		const step = await first.locator('.screen h2').first().innerText();
		const again = first.waitForEvent('load');
		await first.getByRole('button', { name: 'Recharger' }).click();
		await again;
		await expect(first.locator('.screen h2').first()).toHaveText(step);
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
