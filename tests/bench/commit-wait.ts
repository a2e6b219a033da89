/**
 * tsx tests/bench/commit-wait.ts — what waiting for an answer's commit costs in Debian's Chromium:
 * the answer transaction (run state + event + card) timed until IndexedDB reports it complete, with
 * the browser's default durability and with `durability: 'strict'` (flushed to disk). Prints the
 * median and 95th percentile of each. No build needed: the store runs on a blank page.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config';
import { pageBundle } from '../e2e/page-bundle';
import { serveFolder } from '../e2e/static-server';
import { validatePack } from '../../src/lib/packs/validate';
import { makeLargePack } from './packs.bench';
import { median } from './run';

type Bench = typeof import('./browser/progress-entry');
declare global {
	interface Window {
		liaisonBench: Bench;
	}
}

const RUNS = 200;

function p95(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function main(): Promise<void> {
	const host = await serveFolder(process.cwd());
	const browser = await chromium.launch(chromiumLaunch);
	const code = await pageBundle('tests/bench/browser/progress-entry.ts', 'liaisonBench');
	const checked = validatePack(makeLargePack(200, 10));
	if (!checked.ok) throw new Error('benchmark pack invalid');
	const rows: string[] = [];
	try {
		for (const durability of ['default', 'relaxed', 'strict'] as const) {
			const page = await (await browser.newContext()).newPage();
			await page.route(`${host.url}/__bench`, (route) =>
				route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
			);
			await page.goto(`${host.url}/__bench`);
			await page.addScriptTag({ content: code });
			await page.evaluate(([p, d]) => window.liaisonBench.setup(p, d), [
				checked.pack,
				durability
			] as const);
			await page.evaluate(() => window.liaisonBench.storeRunStep(20)); // warm-up
			const t = await page.evaluate((n) => window.liaisonBench.storeRunStep(n), RUNS);
			rows.push(
				`${durability.padEnd(8)} median ${median(t).toFixed(2)} ms   p95 ${p95(t).toFixed(2)} ms   (${RUNS} answers)`
			);
			await page.close();
		}
	} finally {
		await browser.close();
		await host.close();
	}
	console.log('\nAnswer transaction until committed, Chromium');
	console.log(rows.join('\n'));
}

await main();
