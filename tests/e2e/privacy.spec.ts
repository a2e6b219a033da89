import { expect, test } from '@playwright/test';
import { chooseLanguage, screens, waitForServiceWorker } from './helpers';
import { PLAY, playToDebrief } from './play';

/**
 * Nothing leaves the device: every request of a whole session — pages, the service worker's
 * precache, packs, locale files — goes to the app's own origin. No font, analytics or CDN elsewhere.
 */
test('a whole session only talks to the app’s own origin', async ({ page, context, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	// The context sees the page's requests and the service worker's alike.
	context.on('request', (request) => requests.push(request.url()));

	await page.goto('/');
	await waitForServiceWorker(page);
	for (const screen of screens) {
		await page.goto(screen.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await chooseLanguage(page, 'nl');
	await chooseLanguage(page, 'fr');
	await page.goto(PLAY);
	await expect(page.getByText('Étape 1')).toBeVisible();
	await playToDebrief(page, 'fr');
	await page.reload();

	const foreign = requests.filter(
		(url) => !url.startsWith('data:') && new URL(url).origin !== origin
	);
	expect(requests.length).toBeGreaterThan(10);
	expect(foreign).toEqual([]);
});
