/**
 * A browser we can kill like a crash: Chromium started by hand on a persistent profile, driven over
 * CDP, and killed with SIGKILL (the browser process and its children). The page itself triggers the
 * kill the moment something shows: its request to `/__crash` reaches the test's own server in about
 * a millisecond, far sooner than a round trip through the test driver.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../../playwright.config';
import { serveFolder } from './static-server';

export interface Crashable {
	page: Page;
	/** Resolves once the browser process has exited (killed, or closed by `kill`). */
	exited: Promise<void>;
	/** SIGKILL to the whole browser process group: no unload, no flush. */
	kill(): Promise<void>;
}

/** The production build served by a host that kills the current browser on `/__crash`. */
export async function crashHost() {
	let current: Crashable | null = null;
	const host = await serveFolder(resolvePath('build'), {
		special: (path, res) => {
			if (path !== '/__crash') return false;
			void current?.kill();
			res.writeHead(204).end();
			return true;
		}
	});
	return { ...host, use: (browser: Crashable) => (current = browser) };
}

/** A profile folder kept across crashes; `remove` deletes it at the end. */
export async function profileDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), 'liaison-crash-'));
	return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

function devtoolsUrl(child: ChildProcess): Promise<string> {
	return new Promise((resolve, reject) => {
		let seen = '';
		child.stderr!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
			if (match) resolve(match[1]!);
		});
		child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
	});
}

export async function launchCrashable(userDataDir: string): Promise<Crashable> {
	const child = spawn(
		chromiumLaunch.executablePath,
		[
			...chromiumLaunch.args,
			'--headless=new',
			'--remote-debugging-port=0',
			`--user-data-dir=${userDataDir}`,
			'--window-size=360,740',
			'--lang=fr-BE',
			'about:blank'
		],
		// Its own process group: the kill reaches the renderers and utility processes too.
		{ detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const browser = await chromium.connectOverCDP(await devtoolsUrl(child));
	const context = browser.contexts()[0]!;
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		page,
		exited,
		kill: () => {
			if (child.exitCode === null && child.signalCode === null)
				process.kill(-child.pid!, 'SIGKILL');
			return exited;
		}
	};
}

/** What must show for the page to call for the kill: an element, whose text may be constrained. */
export interface Shown {
	selector: string;
	/** Its text starts with this… */
	startsWith?: string;
	/** …or is no longer this. */
	not?: string;
}

/** Arms the page: on the first DOM change that shows `shown`, it asks the host to kill the browser. */
export function crashWhenShown(page: Page, shown: Shown): Promise<void> {
	return page.evaluate(({ selector, startsWith, not }) => {
		// Written without named inner functions: the test runner's transform would wrap them in a
		// helper the page does not have.
		const observer = new MutationObserver(() => {
			const text = document.querySelector<HTMLElement>(selector)?.innerText;
			if (text === undefined) return;
			if (startsWith !== undefined && !text.startsWith(startsWith)) return;
			if (not !== undefined && text === not) return;
			observer.disconnect();
			void fetch('/__crash', { cache: 'no-store' }).catch(() => {});
		});
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
	}, shown);
}

/** How many progress events (answers and scenario steps) the profile holds, read straight from IndexedDB. */
export function storedEvents(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				// Only once the app has opened its database: opening a missing one would create it.
				const open = indexedDB.open('liaison-progress');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('events')) return resolve(0);
					const count = db.transaction('events').objectStore('events').count();
					count.onsuccess = () => {
						resolve(count.result);
						db.close();
					};
					count.onerror = () => reject(count.error);
				};
			})
	);
}
