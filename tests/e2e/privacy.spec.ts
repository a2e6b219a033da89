import { expect, test } from '@playwright/test';
import { chooseLanguage, waitForServiceWorker } from './helpers';
import { tourEveryScreen } from './tour';

/**
 * Nothing leaves the device: every request of a whole session — pages, the service worker's
 * precache, packs, locale files, a scenario to its debrief, a practice answer, the dashboard, a
 * backup export, the authoring editor with its share link and QR code, a pack opened by link —
 * goes to the app's own origin. No font, analytics or CDN elsewhere.
 */
test('a whole session only talks to the app’s own origin', async ({ page, context, baseURL }) => {
	test.slow();
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	// The context sees the page's requests and the service worker's alike.
	context.on('request', (request) => requests.push(request.url()));
	page.on('websocket', (socket) => requests.push(socket.url()));

	await page.goto('/');
	await waitForServiceWorker(page);
	await chooseLanguage(page, 'nl');
	await chooseLanguage(page, 'fr');
	await tourEveryScreen(page);
	await page.reload();

	const foreign = requests.filter(
		(url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin
	);
	// The worker's precache alone is some ninety files.
	expect(requests.length).toBeGreaterThan(50);
	expect(foreign).toEqual([]);
});
