/**
 * Issue 21: the red team's worst inputs, opened in Chromium at 4× CPU slowdown. Each is refused
 * with a clear message or opens normally; the test fails on a main-thread task over 1 s, a page
 * error, memory growth over 100 MB per opened pack, or a lost or changed run.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import {
	HOSTILE_TEXTS,
	HUGE_PNG,
	SLIPPED_TEXTS,
	packAtMarkerLimit,
	packWithLongList,
	packWithText
} from '../factories/hostile';
import { makePack } from '../factories/packs';
import { hydrated } from './helpers';
import { inlineAddress, storePack } from './share-helpers';

const fixture = JSON.parse(
	readFileSync('tests/fixtures/progress/backup-v1.json', 'utf8')
) as typeof import('../fixtures/progress/backup-v1.json');

const LONG_TASK_MS = 1_000;
const MAX_HEAP_GROWTH = 100 * 1024 * 1024;

interface Watch {
	cdp: CDPSession;
	errors: string[];
}

async function watch(page: Page): Promise<Watch> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Performance.enable');
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		const tasks: number[] = [];
		Object.assign(window, { __longTasks: tasks });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				tasks.push(entry.duration);
				if (entry.duration > 300)
					console.log(
						'LONGTASK',
						Math.round(entry.startTime),
						Math.round(entry.duration),
						location.pathname
					);
			}
		}).observe({ type: 'longtask', buffered: true });
	});
	return { cdp, errors };
}

/** No frozen main thread and no page error so far on this page (call before leaving it). */
async function expectResponsive(page: Page, { errors }: Watch, label: string): Promise<void> {
	const tasks = await page.evaluate(
		() => (window as unknown as { __longTasks: number[] }).__longTasks
	);
	expect(Math.max(0, ...tasks), `longest task, ${label}`).toBeLessThan(LONG_TASK_MS);
	expect(errors, `page errors, ${label}`).toEqual([]);
}

/**
 * Forgets the long tasks so far: the app's own start at 4× slowdown on a shared machine is not what
 * is measured, the handling of the hostile input is.
 */
async function fromHere(page: Page): Promise<void> {
	await hydrated(page);
	await page.evaluate(() => {
		(window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
	});
}

async function heapUsed({ cdp }: Watch): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
	const { metrics } = await cdp.send('Performance.getMetrics');
	return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

const fileInput = (page: Page) => page.getByLabel('Fichier de pack (.yaml, .yml ou .json)');
const problems = (page: Page) => page.getByRole('heading', { name: /problèmes? dans/ });

test.describe.configure({ timeout: 180_000 });
// Each check starts a Worker that loads the validator: slow at 4× on a shared machine.
const slowExpect = expect.configure({ timeout: 30_000 });

test('hostile links and files are refused quickly, with the main thread free', async ({ page }) => {
	const w = await watch(page);
	const refused: [string, unknown, RegExp][] = [
		['brackets', packWithText(HOSTILE_TEXTS.brackets), /Texte trop chargé en balisage/],
		['emphasis', packWithText(HOSTILE_TEXTS.emphasis), /Texte trop chargé en balisage/],
		['deep quote', packWithText(HOSTILE_TEXTS.deepQuote), /Imbrication trop profonde/],
		['deep list', packWithText(HOSTILE_TEXTS.deepList), /Imbrication trop profonde/],
		['entity link', packWithText(SLIPPED_TEXTS.entityLink), /Lien refusé/],
		['reference image', packWithText(SLIPPED_TEXTS.referenceImage), /Image externe refusée/],
		[
			'huge image',
			makePack({ id: 'hostile-image', assets: { big: HUGE_PNG } }),
			/Image trop grande/
		]
	];
	await page.goto('/open');
	await fromHere(page);
	for (const [label, pack, message] of refused) {
		// Pasted into the open screen: the time measured is the handling of the link, not app start.
		await page.getByLabel('Lien du pack').fill(new URL(inlineAddress(pack), page.url()).href);
		await page.getByRole('button', { name: 'Ouvrir le lien' }).click();
		await slowExpect(problems(page), label).toBeVisible();
		await expect(page.getByText(message).first(), label).toBeVisible();
		await expectResponsive(page, w, `link: ${label}`);
	}

	const list = test.info().outputPath('liste.json');
	writeFileSync(list, JSON.stringify(packWithLongList()));
	await fileInput(page).setInputFiles(list);
	await slowExpect(page.getByText(/^Liste trop longue : au plus 5\s000 éléments\.$/)).toBeVisible();
	await expect(page.getByText(/Erreur interne/)).toHaveCount(0);
	await expectResponsive(page, w, 'file: 499,000 items');
});

test('a pack file at the size limit is checked off the main thread, previewed, stored and played', async ({
	page
}) => {
	const w = await watch(page);
	// Every text at the marker limit: the costliest pack that passes.
	const json = JSON.stringify(packAtMarkerLimit('pack-enorme'));
	expect(json.length).toBeGreaterThan(3_500_000);

	await page.goto('/open');
	await fromHere(page);
	const before = await heapUsed(w);
	// From disk: a buffer would be decoded by Playwright's own script in the page, a long task of its own.
	const path = test.info().outputPath('enorme.json');
	writeFileSync(path, json);
	await fileInput(page).setInputFiles(path);
	await expect(page.getByRole('heading', { name: /^Enregistrer ce pack \?/ })).toBeVisible({
		timeout: 60_000
	});
	// The check ran in the Worker: the main thread stayed free while it did.
	await expectResponsive(page, w, 'check of a 3.8 MB pack');
	await storePack(page);
	await expect(page.getByRole('heading', { name: /^Pack ouvert :/ })).toBeVisible();
	const storing = await page.evaluate(() =>
		Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)
	);
	// The share link and file are made in a Worker, the list is not read back, and the pack's content
	// is written by a Worker from the checker's Blob: the page no longer clones 3.8 MB for IndexedDB
	// (that clone alone was 0.5-1.1 s at 4×; the longest task is now 0.1-0.4 s with load 7-11 on 2 cores).
	test
		.info()
		.annotations.push({ type: 'longest task while storing (ms)', description: `${storing}` });
	expect(storing).toBeLessThan(LONG_TASK_MS);
	await page.evaluate(
		() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0)
	);
	const growth = (await heapUsed(w)) - before;
	test
		.info()
		.annotations.push({ type: 'heap growth (MB)', description: (growth / 2 ** 20).toFixed(1) });
	expect(growth).toBeLessThan(MAX_HEAP_GROWTH);
	expect(w.errors).toEqual([]);

	await page.getByRole('link', { name: /S'entraîner au quiz/ }).click();
	await page.getByRole('button', { name: /^Commencer/ }).click();
	await expect(page.getByRole('link', { name: 'b' }).first()).toBeVisible();
	// Reading the 3.8 MB pack back (one IndexedDB read) and drawing its quiz.
	const quiz = await page.evaluate(() =>
		Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)
	);
	test.info().annotations.push({ type: 'longest task, quiz (ms)', description: `${quiz}` });
	expect(quiz).toBeLessThan(LONG_TASK_MS);
	expect(w.errors).toEqual([]);
});

test('a link cannot rewrite or roll back a stored pack; the same pack is a no-op', async ({
	page
}) => {
	const w = await watch(page);
	const v2 = makePack({ id: 'pack-versions', version: '2.0.0' });
	await page.goto(inlineAddress(v2));
	await slowExpect(page.getByText("Nouveau pack : rien n'est remplacé.")).toBeVisible();
	await storePack(page);
	await expect(page.getByRole('heading', { name: /^Pack ouvert :/ })).toBeVisible();

	await page.goto(inlineAddress(v2));
	await slowExpect(page.getByRole('heading', { name: /^Pack ouvert :/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Enregistrer le pack' })).toHaveCount(0);

	const other = makePack({
		id: 'pack-versions',
		version: '2.0.0',
		title: { fr: 'Autre', nl: 'Ander' }
	});
	await page.goto(inlineAddress(other));
	await slowExpect(page.getByRole('alert')).toContainText('même version (2.0.0)');
	await page.goto(inlineAddress(makePack({ id: 'pack-versions', version: '1.9.0' })));
	await slowExpect(page.getByRole('alert')).toContainText('plus ancien que la version 2.0.0');

	const v3 = makePack({ id: 'pack-versions', version: '3.0.0' });
	v3.questions![0]!.prompt = { fr: 'Question changée', nl: 'Gewijzigde vraag' };
	await page.goto(inlineAddress(v3));
	await slowExpect(page.getByText(/Remplace la version 2\.0\.0/)).toContainText(
		'1 question modifiée'
	);
	await page.getByRole('button', { name: 'Ne pas enregistrer' }).click();
	await expect(page.getByRole('button', { name: 'Enregistrer le pack' })).toHaveCount(0);
	await expectResponsive(page, w, 'versions');
});

test('a host that never finishes sending is cut off with a message', async ({ page }) => {
	await page.clock.install();
	// The request is never answered, like a host sending one byte a second.
	await page.route('https://slow.example/**', () => undefined);
	await page.goto(`/open?pack=${encodeURIComponent('https://slow.example/pack.json')}`);
	await expect(page.getByText('Téléchargement du pack…')).toBeVisible();
	await page.clock.runFor(21_000);
	await expect(page.getByRole('alert')).toContainText('trop lent');
});

test('hostile backups are refused and listed; a local run is never replaced; progress still shows', async ({
	page
}) => {
	const w = await watch(page);
	await page.goto('/settings');
	await fromHere(page);
	const input = page.getByLabel('Importer une sauvegarde');
	const backupFile = (name: string, data: unknown) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(data))
	});
	await input.setInputFiles(backupFile('vraie.json', fixture));
	await slowExpect(
		page.getByRole('status').filter({ hasText: 'Sauvegarde importée' })
	).toBeVisible();
	await fromHere(page);

	const extreme = structuredClone(fixture);
	extreme.events[0]!.at = 1e300;
	extreme.events[1]!.points = 1e308;
	extreme.events[1]!.max = 0;
	extreme.runs[0]!.startedAt = 1e300;
	await input.setInputFiles(backupFile('extreme.json', extreme));
	await expect(page.getByRole('alert')).toContainText('events[0].at');

	const takeover = structuredClone(fixture);
	takeover.runs[0]!.updatedAt = Date.now();
	takeover.runs[0]!.status = 'abandoned';
	await input.setInputFiles(backupFile('prise.json', takeover));
	await expect(page.getByRole('status').filter({ hasText: 'les deux' })).toBeVisible();
	await expectResponsive(page, w, 'backups');

	await page.getByRole('link', { name: 'Progrès' }).click();
	await expect(page.getByRole('heading', { name: 'Historique des tentatives' })).toBeVisible();
	// The finished run is still there, next to the imported copy.
	await expect(page.getByText(/terminé/i).first()).toBeVisible();
	await expectResponsive(page, w, 'progress after backups');
});
