/** The class debrief's part of the Chromium bench (run by tests/bench/browser.ts). */
import type { BrowserContext } from '@playwright/test';
import { pageBundle } from '../e2e/page-bundle';
import { classBenchPack, classBenchPayloads, classBenchSession } from './class-results';
import { median, type BenchResult } from './run';

type ClassBench = typeof import('./browser/class-entry');
declare global {
	interface Window {
		liaisonClassBench: ClassBench;
	}
}

const result = (name: string, times: number[], target: number): BenchResult => {
	const m = median(times);
	return { name, median: m, target, runs: times.length, ok: m <= target };
};

/** The class debrief: 200 results of a 20-step scenario, decoded, checked, then aggregated. */
export async function classDebrief(
	context: BrowserContext,
	origin: string
): Promise<BenchResult[]> {
	const page = await context.newPage();
	await page.route(`${origin}/__bench`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
	);
	await page.goto(`${origin}/__bench`);
	await page.addScriptTag({
		content: await pageBundle('tests/bench/browser/class-entry.ts', 'liaisonClassBench')
	});
	const pack = classBenchPack();
	const payloads = await classBenchPayloads(pack, 200);
	const session = classBenchSession(pack);
	await page.evaluate(([p, s, e]) => window.liaisonClassBench.setup(p, s, e), [
		pack,
		session,
		payloads
	] as const);
	await page.evaluate(() => window.liaisonClassBench.classView(3)); // warm-up
	const view = await page.evaluate(() => window.liaisonClassBench.classView(15));
	const decode = await page.evaluate(() => window.liaisonClassBench.decodeOne());
	await page.close();
	return [
		result('class view from 200 results (20-step scenario)', view, 200),
		result('decode and check one result', decode, 5)
	];
}
