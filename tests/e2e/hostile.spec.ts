/**
 * Issue 21: the red team's worst inputs, opened in Chromium at 4× CPU slowdown. Each is refused
 * with a clear message or opens normally; the test fails on a main-thread task over 1 s, a page
 * error, memory growth over 100 MB per opened pack, or a lost or changed run.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import fixture from '../fixtures/progress/backup-v1.json';
import {
	HOSTILE_TEXTS,
	HUGE_PNG,
	SLIPPED_TEXTS,
	packWithLongList,
	packWithText
} from '../factories/hostile';
import { makePack } from '../factories/packs';
import { hydrated } from './helpers';
import { inlineAddress, packFile, storePack } from './share-helpers';

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
			for (const entry of list.getEntries()) tasks.push(entry.duration);
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

async function heapUsed({ cdp }: Watch): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
	const { metrics } = await cdp.send('Performance.getMetrics');
	return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

const fileInput = (page: Page) => page.getByLabel('Fichier de pack (.yaml, .yml ou .json)');
const problems = (page: Page) => page.getByRole('heading', { name: /problèmes? dans/ });

test.describe.configure({ timeout: 180_000 });

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
	for (const [label, pack, message] of refused) {
		await page.goto(inlineAddress(pack));
		await expect(problems(page), label).toBeVisible();
		await expect(page.getByText(message).first(), label).toBeVisible();
		await expectResponsive(page, w, `link: ${label}`);
	}

	await page.goto('/open');
	await hydrated(page);
	await fileInput(page).setInputFiles(packFile('liste.json', JSON.stringify(packWithLongList())));
	await expect(page.getByText('Liste trop longue : au plus 5000 éléments.')).toBeVisible();
	await expect(page.getByText(/Erreur interne/)).toHaveCount(0);
	await expectResponsive(page, w, 'file: 499,000 items');
});

test('a pack file at the size limit is checked off the main thread, previewed, stored and played', async ({
	page
}) => {
	const w = await watch(page);
	// Every text at the marker limit: the costliest pack that passes.
	const marked = '*a_ [b](https://x.be) '.repeat(160);
	const text = marked + 'mot '.repeat((19_000 - marked.length) / 4);
	const pack = makePack({ id: 'pack-enorme' });
	const question = pack.questions![0]!;
	pack.questions = Array.from({ length: 100 }, (_, i) => ({
		...structuredClone(question),
		id: `q${i}`,
		prompt: { fr: text, nl: text }
	}));
	const json = JSON.stringify(pack);
	expect(json.length).toBeGreaterThan(3_500_000);

	await page.goto('/open');
	await hydrated(page);
	const before = await heapUsed(w);
	await fileInput(page).setInputFiles(packFile('enorme.json', json));
	await expect(page.getByRole('heading', { name: /^Enregistrer ce pack \?/ })).toBeVisible({
		timeout: 60_000
	});
	await storePack(page);
	await expect(page.getByRole('heading', { name: /^Pack ouvert :/ })).toBeVisible();
	const growth = (await heapUsed(w)) - before;
	test
		.info()
		.annotations.push({ type: 'heap growth (MB)', description: (growth / 2 ** 20).toFixed(1) });
	expect(growth).toBeLessThan(MAX_HEAP_GROWTH);
	await expectResponsive(page, w, 'open a 3.8 MB pack');

	await page.getByRole('link', { name: /S'entraîner au quiz/ }).click();
	await page.getByRole('button', { name: /^Commencer/ }).click();
	await expect(page.getByRole('link', { name: 'b' }).first()).toBeVisible();
	await expectResponsive(page, w, 'quiz of the large pack');
});

test('a link cannot rewrite or roll back a stored pack; the same pack is a no-op', async ({
	page
}) => {
	const w = await watch(page);
	const v2 = makePack({ id: 'pack-versions', version: '2.0.0' });
	await page.goto(inlineAddress(v2));
	await expect(page.getByText("Nouveau pack : rien n'est remplacé.")).toBeVisible();
	await storePack(page);
	await expect(page.getByRole('heading', { name: /^Pack ouvert :/ })).toBeVisible();

	await page.goto(inlineAddress(v2));
	await expect(page.getByRole('heading', { name: /^Pack ouvert :/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Enregistrer le pack' })).toHaveCount(0);

	const other = makePack({
		id: 'pack-versions',
		version: '2.0.0',
		title: { fr: 'Autre', nl: 'Ander' }
	});
	await page.goto(inlineAddress(other));
	await expect(page.getByRole('alert')).toContainText('même version (2.0.0)');
	await page.goto(inlineAddress(makePack({ id: 'pack-versions', version: '1.9.0' })));
	await expect(page.getByRole('alert')).toContainText('plus ancien que la version 2.0.0');

	const v3 = makePack({ id: 'pack-versions', version: '3.0.0' });
	v3.questions![0]!.prompt = { fr: 'Question changée', nl: 'Gewijzigde vraag' };
	await page.goto(inlineAddress(v3));
	await expect(page.getByText(/Remplace la version 2\.0\.0/)).toContainText('1 question modifiée');
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
	await hydrated(page);
	const input = page.getByLabel('Importer une sauvegarde');
	const backupFile = (name: string, data: unknown) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(data))
	});
	await input.setInputFiles(backupFile('vraie.json', fixture));
	await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde importée' })).toBeVisible();

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

	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: 'Historique des tentatives' })).toBeVisible();
	// The finished run is still there, next to the imported copy.
	await expect(page.getByText(/terminé/i).first()).toBeVisible();
	await expectResponsive(page, w, 'progress after backups');
});
