/**
 * Build-size budgets, checked on `build/` after `npm run build`. Prints the figures, exits 1 when a
 * budget is broken. Sizes are gzipped, as a phone downloads them.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config';
import { serveFolder } from '../e2e/static-server';
import { FIRST_SCREENS, openFirstScreen } from './first-screen';

const KB = 1024;
export const BUDGETS = {
	// Everything whose fetch began before a page was usable (shell, route, the data its first
	// screen needs), measured in Chromium. Issue 20's target is 50 KB on every page; the limits hold
	// what was measured on 8 December 2026 (+5 %) so it cannot grow while it is brought down. The
	// shell (Svelte, SvelteKit, i18next and the French shell strings) is ~69 KB of it; the database
	// (Dexie, 45 KB) loads after the first paint except where the first screen reads it (quiz,
	// /open, class); a scenario screen loads its scenario (14 KB), not its pack's quiz bank; the
	// Markdown renderer (27 KB) only for a first screen that shows Markdown. The quiz set-up and the
	// class screen load every pack whole: in parts, 10 KB more than in one piece.
	firstScreenTarget: 50 * KB,
	firstScreenMax: 100 * KB,
	firstScreenMaxFor: {
		home: 76 * KB,
		settings: 88 * KB,
		authoring: 94 * KB,
		'scenario step': 152 * KB,
		'quiz question': 186 * KB,
		'quiz set-up': 299 * KB,
		'open a pack': 148 * KB,
		class: 313 * KB
	} as Record<string, number>,
	routeMax: 40 * KB,
	// /open keeps the pack checker in the page for browsers without module workers (issue 21);
	// moving it behind a dynamic import is the next step (issue 20).
	routeMaxFor: { '/open': 56 * KB } as Record<string, number>,
	// 300 KB until the class debrief (QR decoder), Moodle banks (XML reader) and the pack checker's
	// worker copy arrived in December 2026; instructors' screens must work offline too.
	// +20 KB since: every screen's prerendered page in Dutch too (18 KB gzipped), so a Dutch reader's
	// first paint offline is in Dutch (issue 20). +20 KB again: the SCORM export in the editor, the
	// practice choice for imported packs, the safe reload and the typed errors (452 KB measured).
	shellPrecacheMax: 460 * KB,
	precacheMax: 2048 * KB
};

const root = process.argv[2] ?? 'build';
const manifestPath = '.svelte-kit/output/client/.vite/manifest.json';

const gz = (file: string) => gzipSync(readFileSync(join(root, file))).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [relative(root, path)];
	});
}

/** Static imports of a built module (dynamic `import()` is loaded later, when needed). */
function staticImports(file: string): string[] {
	const code = readFileSync(join(root, file), 'utf8');
	const found = new Set<string>();
	const pattern = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
	for (const match of code.matchAll(pattern)) {
		found.add(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
	}
	return [...found];
}

function closure(entries: readonly string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...staticImports(file));
	}
	return seen;
}

/** What index.html loads before the first screen can paint: its preloads and entry imports. */
function firstLoadEntries(html: string): string[] {
	const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /rel="modulepreload"/.test(tag))
		.map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '');
	const imports = [...html.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]!);
	const urls = [...preloads, ...imports].filter(Boolean).map((u) => u.replace(/^\.?\//, ''));
	return [...new Set(urls)];
}

/**
 * The files the built service worker precaches, taken from the URL list SvelteKit bundles into it
 * (`build`, `files`, `prerendered` of `$service-worker`, after the worker's own filter), so this
 * count cannot drift from what a phone actually downloads. A page URL maps to its prerendered HTML.
 */
function precachedFiles(): string[] {
	const worker = readFileSync(join(root, 'service-worker.js'), 'utf8');
	const found = new Set<string>();
	for (const match of worker.matchAll(/[`"'](\/[^`"'\s]*)[`"']/g)) {
		const path = match[1]!.slice(1);
		const file = [path, path === '' ? 'index.html' : `${path}.html`].find(
			(f) => f !== '' && existsSync(join(root, f)) && statSync(join(root, f)).isFile()
		);
		if (file) found.add(file);
	}
	if (!found.has('index.html') || ![...found].some((f) => f.startsWith('_app/immutable/'))) {
		throw new Error('size: could not read the precache list from service-worker.js');
	}
	return [...found].sort();
}

const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gz(f), 0);

/** Bytes each page's first screen fetched, opened in Chromium on the built app (gzipped). */
async function firstScreens(): Promise<[string, number, string[]][]> {
	const host = await serveFolder(resolve(root));
	const browser = await chromium.launch(chromiumLaunch);
	try {
		const rows: [string, number, string[]][] = [];
		for (const screen of FIRST_SCREENS) {
			const { urls } = await openFirstScreen(browser, host.url, screen);
			const files = urls.map((u) => u.slice(1)).filter((f) => existsSync(join(root, f)));
			rows.push([`${screen.name} (${screen.path})`, sum(files), files]);
		}
		return rows;
	} finally {
		await browser.close();
		await host.close();
	}
}

async function main(): Promise<number> {
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`size: no ${root}/index.html — run \`npm run build\` first.`);
		return 1;
	}
	const failures: string[] = [];
	const firstLoad = closure(firstLoadEntries(readFileSync(join(root, 'index.html'), 'utf8')));
	const firstLoadJs = sum([...firstLoad].filter((f) => f.endsWith('.js')));

	// Route pages and the chunks only they need.
	const viteManifest: Record<string, { file: string; src?: string }> = existsSync(manifestPath)
		? JSON.parse(readFileSync(manifestPath, 'utf8'))
		: {};
	const rows: [string, number][] = [];
	for (const [key, entry] of Object.entries(viteManifest)) {
		// SvelteKit's generated node module names the page component it wraps.
		const generated = /generated\/client-optimized\/nodes\/\d+\.js$/.test(key) && existsSync(key);
		const page =
			generated && /src\/routes(\/[^"']*)?\/\+page\.svelte/.exec(readFileSync(key, 'utf8'));
		if (!page) continue;
		const own = [...closure([entry.file])].filter((f) => !firstLoad.has(f) && f.endsWith('.js'));
		// Each screen lives under the optional language segment (src/routes/[[lang=lang]]).
		rows.push([page[1]?.replace('/[[lang=lang]]', '') || '/', sum(own)]);
	}

	// Precache = what the built service worker stores, read from its own list; packs counted apart.
	const packFiles = new Set(
		Object.values(viteManifest)
			.filter((e) => e.src?.startsWith('scenarios/'))
			.map((e) => e.file)
	);
	const precached = precachedFiles();
	const left = allFiles(root).filter((f) => f !== 'service-worker.js' && !precached.includes(f));
	console.log(
		`Precached: ${precached.length} files; not precached: ${left.join(', ') || 'none'}\n`
	);
	const packs = sum(precached.filter((f) => packFiles.has(f)));
	const shell = sum(precached.filter((f) => !packFiles.has(f)));

	const line = (label: string, value: number, limit: number, note = '') => {
		const ok = value <= limit;
		if (!ok) failures.push(`${label}: ${kb(value)} > ${kb(limit)}`);
		console.log(
			`${ok ? 'ok  ' : 'FAIL'}  ${label.padEnd(34)} ${kb(value).padStart(10)}  (limit ${kb(limit)}${note})`
		);
	};
	console.log('Build size (gzipped)');
	console.log(`  shell JS of the prerendered home (index.html): ${kb(firstLoadJs)}`);
	console.log('JS and data before the first screen is usable (Chromium, empty cache)');
	for (const [label, bytes, files] of await firstScreens()) {
		line(
			label,
			bytes,
			BUDGETS.firstScreenMaxFor[label.split(' (')[0]!] ?? BUDGETS.firstScreenMax,
			`, target ${kb(BUDGETS.firstScreenTarget)}`
		);
		if (process.env.SIZE_FILES) console.log(`      ${files.join(' ')}`);
	}
	console.log('Route code (own chunks, past the shell)');
	for (const [route, bytes] of rows.sort()) {
		line(`route ${route}`, bytes, BUDGETS.routeMaxFor[route] ?? BUDGETS.routeMax);
	}
	line('app shell precache (packs apart)', shell, BUDGETS.shellPrecacheMax);
	line('everything precached', shell + packs, BUDGETS.precacheMax, `; packs ${kb(packs)}`);
	if (failures.length) {
		console.error(`\nsize: ${failures.length} budget(s) broken:\n  ${failures.join('\n  ')}`);
		return 1;
	}
	return 0;
}

process.exit(await main());
