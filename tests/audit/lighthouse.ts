/**
 * npm run audit — Lighthouse (mobile defaults: phone emulation, simulated slow 4G and CPU) on the
 * built app, served gzipped as a static host would. Each page is measured three times; the medians
 * of Performance, Accessibility, Best Practices, LCP, TBT and CLS are printed, and the run fails when
 * a gated figure is past its limit. `AUDIT_SAVE=dir` keeps each run's report (JSON) for a closer look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveFolder } from '../e2e/static-server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const METRICS = {
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	js: 'total-byte-weight'
} as const;
type Metric = keyof typeof METRICS;
type Figures = Record<Category | Metric, number>;

const PAGES = [
	{ name: 'home', path: '' },
	{ name: 'scenario step', path: '/play?pack=plan-r&scenario=plan-r-ardenval' },
	{ name: 'quiz question', path: '/quiz?mode=practice&pack=plan-r&start=1' }
];
/** Each page as a browser in each UI language gets it: Dutch pages live under /nl. */
const BROWSERS = [
	{ lang: 'fr-BE', prefix: '' },
	{ lang: 'nl-BE', prefix: '/nl' }
];

/**
 * What fails the run: Accessibility and Best Practices, and no layout shift. The speed figures are
 * printed beside their targets (issue 20) but do not fail it: on this shared 2-core machine the same
 * build's simulated LCP ranged 3.9–5.2 s and its score 46–67 within one run of three (December
 * 2026, load average 18–38), because Lighthouse scales the CPU time it observes, and that time
 * swells with the machine's load. What holds still under load is gated elsewhere: the bytes each
 * first screen fetches (`npm run size`) and the first-screen time with the CPU slowed 4×
 * (`npm run bench`).
 */
const LIMITS = {
	accessibility: { min: 100 },
	'best-practices': { min: 100 },
	cls: { max: 0 }
} satisfies Partial<Record<Category | Metric, { min?: number; max?: number }>>;
const TARGETS = { performance: 98, lcp: 1500, tbt: 200 };
const RUNS = 3;

const flags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

async function audit(port: number, url: string, save?: string): Promise<Figures> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES]
	});
	const lhr = result?.lhr;
	if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
	if (save) writeFileSync(save, JSON.stringify(lhr));
	const figures = {} as Figures;
	for (const c of CATEGORIES) figures[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
	for (const [m, id] of Object.entries(METRICS) as [Metric, string][]) {
		figures[m] = lhr.audits[id]?.numericValue ?? NaN;
	}
	const failing = Object.values(lhr.audits)
		.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
		.map((a) => a.id);
	if (failing.length) console.log(`      failing audits: ${failing.join(', ')}`);
	return figures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function broken(figures: Figures): string[] {
	return Object.entries(LIMITS).flatMap(([key, limit]) => {
		const value = figures[key as keyof Figures];
		const l = limit as { min?: number; max?: number };
		if (l.min !== undefined && value < l.min) return [`${key} ${value} < ${l.min}`];
		if (l.max !== undefined && value > l.max) return [`${key} ${value} > ${l.max}`];
		return [];
	});
}

const show = (f: Figures) =>
	`Perf ${f.performance} (target ${TARGETS.performance})  A11y ${f.accessibility}  BP ${f['best-practices']}  ` +
	`LCP ${(f.lcp / 1000).toFixed(2)} s (target ${TARGETS.lcp / 1000})  TBT ${Math.round(f.tbt)} ms  CLS ${f.cls.toFixed(3)}  ` +
	`bytes ${(f.js / 1024).toFixed(0)} KB`;

async function main(): Promise<number> {
	const save = process.env.AUDIT_SAVE;
	if (save) mkdirSync(save, { recursive: true });
	const host = await serveFolder(`${process.cwd()}/build`, { gzip: true });
	const failures: string[] = [];
	console.log(`Lighthouse (mobile), medians of ${RUNS} — fails on ${JSON.stringify(LIMITS)}`);
	try {
		for (const browser of BROWSERS) failures.push(...(await auditAll(host.url, browser, save)));
	} finally {
		await host.close();
	}
	if (failures.length) console.error(`audit: ${failures.join('; ')}`);
	return failures.length ? 1 : 0;
}

async function auditAll(
	origin: string,
	{ lang, prefix }: (typeof BROWSERS)[number],
	save: string | undefined
): Promise<string[]> {
	const chrome = await launch({
		chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		chromeFlags: [...flags, `--lang=${lang}`]
	});
	const failures: string[] = [];
	try {
		for (const [index, page] of PAGES.entries()) {
			const name = `${page.name} (${lang})`;
			const runs: Figures[] = [];
			for (let i = 0; i < RUNS; i++) {
				const file = save ? join(save, `${lang}-${index}-${i}.json`) : undefined;
				runs.push(await audit(chrome.port, origin + (prefix + page.path || '/'), file));
			}
			const med = Object.fromEntries(
				Object.keys(runs[0]!).map((k) => [k, median(runs.map((r) => r[k as keyof Figures]))])
			) as Figures;
			const problems = broken(med);
			failures.push(...problems.map((p) => `${name}: ${p}`));
			console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${name.padEnd(22)} ${show(med)}`);
			console.log(
				`      runs: Perf ${runs.map((r) => r.performance).join('/')}, LCP ${runs.map((r) => (r.lcp / 1000).toFixed(2)).join('/')} s, TBT ${runs.map((r) => Math.round(r.tbt)).join('/')} ms`
			);
		}
	} finally {
		chrome.kill();
	}
	return failures;
}

process.exitCode = await main();
