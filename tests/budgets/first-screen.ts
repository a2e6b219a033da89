/**
 * The first screen of each page as a phone gets it: what the browser fetches before the page is
 * usable (the shell, the route's code, and the data its first screen waits for: pack, strings,
 * database, Markdown renderer), and when that screen is shown. `npm run size` counts the bytes,
 * `npm run bench` times the screens with the CPU slowed 4×.
 */
import type { Browser, Page, Request } from '@playwright/test';

export interface FirstScreen {
	name: string;
	path: string;
	/** Shown once the page is usable: hydrated (taps are handled) and its main content there. */
	ready: string;
}

const hydrated = 'html[data-hydrated]';
export const FIRST_SCREENS: readonly FirstScreen[] = [
	{ name: 'home', path: '/', ready: `${hydrated} main #library-title` },
	{
		name: 'scenario step',
		path: '/play?pack=plan-r&scenario=plan-r-ardenval',
		ready: `${hydrated} main .screen h2.step-title`
	},
	{
		name: 'quiz question',
		path: '/quiz?mode=practice&pack=plan-r&start=1',
		ready: `${hydrated} main .player h2.number`
	},
	{ name: 'quiz set-up', path: '/quiz', ready: `${hydrated} main #setup-title` },
	{ name: 'progress', path: '/progress', ready: `${hydrated} main h1` },
	{ name: 'settings', path: '/settings', ready: `${hydrated} main h1` },
	{ name: 'open a pack', path: '/open', ready: `${hydrated} main h1` },
	{ name: 'class', path: '/class', ready: `${hydrated} main h1` },
	{ name: 'authoring', path: '/authoring', ready: `${hydrated} main h1` }
];

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/**
 * Opens a first screen in a fresh context (empty storage and cache, no service worker) and returns
 * the same-origin script and data URLs whose fetch began before it was ready, and the time it took
 * (from navigation start, ms). `cpu` slows the page's CPU (DevTools throttling) that many times.
 * "Before" is read from the page's own clock (Resource Timing), so a fetch begun just after the
 * ready frame (e.g. the database, once the first screen has painted) never counts by a race with
 * the test runner.
 */
export async function openFirstScreen(
	browser: Browser,
	origin: string,
	screen: FirstScreen,
	{ cpu = 1, locale = 'fr-BE' }: { cpu?: number; locale?: string } = {}
): Promise<{ urls: string[]; readyAt: number }> {
	const context = await browser.newContext({ ...PHONE, locale, serviceWorkers: 'block' });
	try {
		const page: Page = await context.newPage();
		if (cpu > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		}
		// Every candidate seen by the runner until it knows the screen is ready; the page's clock
		// then tells which of them began before the ready frame.
		const requests: Request[] = [];
		let done = false;
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!done && url.origin === origin && /\.(js|json)$/.test(url.pathname)) {
				requests.push(request);
			}
		});
		// Stamped in the page, from navigation start to the first frame that holds the screen.
		await page.addInitScript((selector) => {
			performance.setResourceTimingBufferSize(1000);
			const watch = window as unknown as { firstScreenAt?: Promise<number> };
			watch.firstScreenAt = new Promise<number>((done) => {
				new MutationObserver((_, observer) => {
					if (!document.querySelector(selector)) return;
					observer.disconnect();
					requestAnimationFrame(() => done(performance.now()));
				}).observe(document, { childList: true, subtree: true, attributes: true });
			});
		}, screen.ready);
		await page.goto(origin + screen.path, { waitUntil: 'commit' });
		await page.locator(screen.ready).first().waitFor({ state: 'visible', timeout: 60_000 });
		done = true;
		// A fetch's timing entry is written once it has finished.
		await Promise.all(requests.map(async (r) => (await r.response())?.finished()));
		const paths = [...new Set(requests.map((r) => new URL(r.url()).pathname))];
		return await page.evaluate(async (candidates) => {
			const readyAt = await (window as unknown as { firstScreenAt: Promise<number> }).firstScreenAt;
			const began = new Map<string, number>();
			// Up to a second for the last entries to land; one still missing counts (never too few).
			for (let frame = 0; frame < 60 && began.size < candidates.length; frame++) {
				for (const entry of performance.getEntriesByType('resource')) {
					const path = new URL(entry.name).pathname;
					if (!began.has(path)) began.set(path, entry.startTime);
				}
				if (began.size < candidates.length) await new Promise(requestAnimationFrame);
			}
			const urls = candidates.filter((path) => (began.get(path) ?? 0) <= readyAt);
			return { urls, readyAt };
		}, paths);
	} finally {
		await context.close();
	}
}
