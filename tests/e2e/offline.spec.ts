import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from '../../playwright.config';
import { chooseLanguage, expectHeading, screens, waitForServiceWorker } from './helpers';

test('after one online visit, the app reloads and every screen opens offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expectHeading(page, 'Scénarios');
	await waitForServiceWorker(page);
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

	await context.setOffline(true);
	const offlineStatus = page.getByRole('status').filter({ hasText: 'Hors ligne' });
	await expect(offlineStatus).toBeVisible();
	// (Playwright does not carry navigator.onLine over to a reloaded document; the network stays cut.)
	const response = await page.reload();
	expect(response?.fromServiceWorker()).toBe(true);
	await expectHeading(page, 'Scénarios');

	// Through the navigation bar (client-side routing, lazy chunks from the cache)...
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	for (const screen of screens) {
		await nav.getByRole('link', { name: screen.fr }).click();
		await expectHeading(page, screen.fr);
	}
	// ...and by opening each address directly, as from a home-screen shortcut.
	for (const screen of screens) {
		const direct = await page.goto(screen.path);
		expect(direct?.fromServiceWorker()).toBe(true);
		await expectHeading(page, screen.fr);
	}

	// The language switch works offline too (the Dutch strings were cached).
	await chooseLanguage(page, 'nl');
	await expectHeading(page, 'Instellingen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

	await context.setOffline(false);
	await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeHidden();
});

test('the manifest and worker meet Chromium installability criteria', async ({ baseURL }) => {
	// Installability is never granted in an incognito context: use a real profile folder.
	const profile = await mkdtemp(join(tmpdir(), 'liaison-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		...chromiumLaunch,
		baseURL,
		viewport: { width: 360, height: 740 }
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await waitForServiceWorker(page);
	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({
		name: 'Liaison',
		short_name: 'Liaison',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	const sizes = manifest.icons.map(
		(icon: { sizes: string; purpose: string }) => icon.sizes + icon.purpose
	);
	expect(sizes).toEqual(expect.arrayContaining(['192x192any', '512x512any', '512x512maskable']));
	for (const icon of manifest.icons) {
		expect((await page.request.get(icon.src)).ok()).toBe(true);
	}
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
	await context.close();
	await rm(profile, { recursive: true, force: true });
});
