/**
 * The part of `npm run bench` measured in Debian's Chromium, on the production build (`npm run build`
 * first): the progress store over real IndexedDB, a tap to its painted feedback, an offline cold start.
 * Prints medians beside their targets; exits 1 when one is over.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunch } from '../../playwright.config';
import { serveFolder } from '../e2e/static-server';
import { pageBundle } from '../e2e/page-bundle';
import { validatePack } from '../../src/lib/packs/validate';
import { makeLargePack } from './packs.bench';
import { formatTable, median, type BenchResult } from './run';
import { classDebrief } from './class-bench';
import { FIRST_SCREENS, openFirstScreen } from '../budgets/first-screen';

type Bench = typeof import('./browser/progress-entry');
declare global {
	interface Window {
		liaisonBench: Bench;
	}
}

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const PLAY = '/play?pack=plan-r&scenario=plan-r-ardenval';

const result = (name: string, times: number[], target: number): BenchResult => {
	const m = median(times);
	return { name, median: m, target, runs: times.length, ok: m <= target };
};

async function progressStore(context: BrowserContext, origin: string): Promise<BenchResult[]> {
	const page = await context.newPage();
	// A blank page of the app's origin: IndexedDB needs one, the app itself must not interfere.
	await page.route(`${origin}/__bench`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
	);
	await page.goto(`${origin}/__bench`);
	await page.addScriptTag({
		content: await pageBundle('tests/bench/browser/progress-entry.ts', 'liaisonBench')
	});
	const checked = validatePack(makeLargePack(1000, 30));
	if (!checked.ok) throw new Error('benchmark pack invalid');
	const pack = checked.pack;
	await page.evaluate((p) => window.liaisonBench.setup(p), pack);
	await page.evaluate(() => window.liaisonBench.storeAnswer(20)); // warm-up
	const store = await page.evaluate(() => window.liaisonBench.storeAnswer(200));
	const open = await page.evaluate(() => window.liaisonBench.openToFirstQuestion(30));
	const queries = await page.evaluate(() => window.liaisonBench.dashboard(10_000, 15));
	await page.close();
	return [
		result('store one answer (IndexedDB)', store, 5),
		result('installed 1,000-question pack → first question', open, 150),
		result('dashboard queries over 10,000 answers', queries, 50)
	];
}

/**
 * Plays past the opening briefings, then taps "submit" with a real touch (CDP Input.dispatchTouchEvent,
 * through Playwright's touchscreen) and times it from the trusted pointerdown to the frame after the one that
 * first holds the feedback (verdict or consequence): the second requestAnimationFrame runs once that
 * frame has been painted, so the figure may exceed the true paint time by up to one frame, never
 * fall short of it.
 */
async function tapToFeedback(page: Page): Promise<number> {
	await page.goto(PLAY);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const main = page.locator('main');
	const submit = main.getByRole('button', { name: /^(Valider|Confirmer)/ });
	const title = main.locator('.screen h2').first();
	while (!(await submit.isVisible())) {
		const before = await title.innerText();
		await main.getByRole('button', { name: 'Continuer', exact: true }).click();
		// The next step shows once the step is saved: a second tap before that would be ignored.
		await title.filter({ hasNotText: before }).waitFor();
	}
	const radio = main.getByRole('radio').first();
	if (await radio.isVisible()) await radio.check();
	const partner = main.locator('button[aria-pressed="false"]').first();
	if (await partner.isVisible()) await partner.click();
	// No named functions inside: tsx would wrap them in a helper the page does not have.
	await page.evaluate(() => {
		const watch = window as unknown as { tapToPaint?: Promise<number> };
		watch.tapToPaint = new Promise<number>((done, fail) => {
			let start = NaN;
			addEventListener(
				'pointerdown',
				(event) => {
					if (event.isTrusted) start = event.timeStamp;
				},
				{ capture: true, once: true }
			);
			const main = document.querySelector('main')!;
			new MutationObserver((_, observer) => {
				if (!main.querySelector('#feedback-title, #consequence-title')) return;
				observer.disconnect();
				if (Number.isNaN(start)) fail(new Error('feedback shown without a trusted tap'));
				requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
			}).observe(main, { childList: true, subtree: true });
		});
	});
	// A bare touch at the button's centre, as a finger gives: Playwright's own tap first checks the
	// target from listeners it adds to the page, work that would land inside the measured window.
	// Centred: at the bottom edge the app's fixed navigation bar would take the touch.
	await submit.evaluate((button) => button.scrollIntoView({ block: 'center' }));
	const box = (await submit.boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	return page.evaluate(() => (window as unknown as { tapToPaint: Promise<number> }).tapToPaint);
}

async function coldStart(origin: string): Promise<number[]> {
	const profile = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
	const open = () =>
		chromium.launchPersistentContext(profile, {
			...chromiumLaunch,
			...PHONE,
			serviceWorkers: 'allow'
		});
	try {
		let context = await open();
		const first = context.pages()[0] ?? (await context.newPage());
		await first.goto(origin);
		await first.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
		});
		await context.close();
		const times: number[] = [];
		for (let i = 0; i < 7; i++) {
			context = await open();
			await context.setOffline(true);
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto(origin);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			// "Usable": hydrated, so taps are handled, not just painted (the layout marks the moment).
			const usableAt = await page.evaluate(
				() => performance.getEntriesByName('liaison:hydrated')[0]?.startTime ?? NaN
			);
			const fromCache = await page.evaluate(() => !!navigator.serviceWorker.controller);
			if (!fromCache) throw new Error('cold start was not served by the service worker');
			times.push(usableAt);
			await context.close();
		}
		return times;
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

async function main(): Promise<number> {
	if (!existsSync('build/index.html')) {
		console.error('bench: no build/ — run `npm run build` first.');
		return 1;
	}
	const host = await serveFolder(resolve('build'));
	const browser = await chromium.launch(chromiumLaunch);
	const results: BenchResult[] = [];
	// `tsx tests/bench/browser.ts tap` runs only that part (store, class, tap, first, cold): one figure on a busy machine.
	const only = process.argv.slice(2);
	const wants = (part: string) => !only.length || only.includes(part);
	try {
		if (wants('store')) {
			const context = await browser.newContext({ ...PHONE, locale: 'fr-BE' });
			results.push(...(await progressStore(context, host.url)));
			await context.close();
		}
		if (wants('class')) {
			const context = await browser.newContext({ ...PHONE, locale: 'fr-BE' });
			results.push(...(await classDebrief(context, host.url)));
			await context.close();
		}
		if (wants('tap')) {
			const taps: number[] = [];
			for (let i = 0; i < 7; i++) {
				// A fresh context each time: an empty store, so the scenario starts at its first step.
				const fresh = await browser.newContext({ ...PHONE, locale: 'fr-BE', baseURL: host.url });
				taps.push(await tapToFeedback(await fresh.newPage()));
				await fresh.close();
			}
			results.push(result('tap on an answer → feedback painted', taps, 50));
			if (only.length) console.log('taps (ms):', taps.map((t) => t.toFixed(1)).join(' '));
		}
		if (wants('first')) {
			// From navigation to the frame holding the step or the question, CPU slowed 4× as a
			// mid-range phone; an empty cache each time (a first visit, no service worker).
			for (const name of ['scenario step', 'quiz question']) {
				const screen = FIRST_SCREENS.find((s) => s.name === name)!;
				const times: number[] = [];
				for (let i = 0; i < 5; i++) {
					times.push((await openFirstScreen(browser, host.url, screen, { cpu: 4 })).readyAt);
				}
				results.push(result(`first screen, ${name} (CPU 4× slower)`, times, 1500));
				if (only.length) console.log(`${name} (ms):`, times.map((t) => t.toFixed(0)).join(' '));
			}
		}
		if (wants('cold')) {
			results.push(result('offline cold start → usable home', await coldStart(host.url), 1000));
		}
	} finally {
		await browser.close();
		await host.close();
	}
	console.log('\nIn Chromium (medians, ms)');
	console.log(formatTable(results));
	return results.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = await main();
