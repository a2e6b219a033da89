import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, hydrated, waitForServiceWorker } from './helpers';
import { PLAY, answerStep, playToDebrief, screenTitle, submitStep } from './play';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function playSteps(page: Page, steps: number): Promise<void> {
	await page.goto(PLAY);
	await expect(page.getByText(/^Étape \d+$/)).toBeVisible();
	for (let i = 0; i < steps; i++) await answerStep(page, 'fr');
}

/** Opens the dashboard and returns what it says, once its figures are on screen. */
async function dashboardText(page: Page): Promise<string> {
	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: 'En bref' })).toBeVisible();
	return page.locator('main').innerText();
}

async function openSettings(page: Page): Promise<void> {
	await page.goto('/settings');
	await hydrated(page);
	await expect(page.getByRole('heading', { name: 'Profils' })).toBeVisible();
}

test('answers, dashboard and review schedule survive a reload and an offline reload @journey', async ({
	page,
	context
}, testInfo) => {
	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: "Rien à afficher pour l'instant" })).toBeVisible();
	await page.goto(PLAY);
	await playToDebrief(page, 'fr');

	const before = await dashboardText(page);
	await expect(page.getByTestId('answers-count')).not.toHaveText('0');
	await expect(page.getByTestId('streak-current')).toHaveText('1 jour');
	await expect(page.getByRole('row')).toHaveCount(2);
	await expect(page.getByRole('row').nth(1)).toContainText('terminé');
	await expect(page.getByRole('img', { name: /Score de la dernière tentative/ })).toBeVisible();
	const due = await page.getByTestId('due-count').innerText();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'En bref' })).toBeVisible();
	expect(await page.locator('main').innerText()).toBe(before);

	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'En bref' })).toBeVisible();
	expect(await page.locator('main').innerText()).toBe(before);
	await expect(page.getByTestId('due-count')).toHaveText(due);

	await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true });
	await testInfo.attach('dashboard', { path: testInfo.outputPath('dashboard.png') });
});

test('a backup imported twice changes nothing; a corrupt file is refused', async ({ page }) => {
	await playSteps(page, 5);
	const before = await dashboardText(page);
	await openSettings(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter ma progression' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^liaison-progress-.*\.json$/);
	const path = await download.path();

	const input = page.getByLabel('Importer une sauvegarde');
	for (let i = 0; i < 2; i++) {
		await input.setInputFiles(path);
		await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde importée' })).toHaveText(
			/rien de nouveau/
		);
	}
	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"liaison-progress-backup","version":1,"runs":')
	});
	await expect(page.getByRole('alert')).toContainText('pas un fichier JSON valide');
	await input.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"title":"mes notes"}')
	});
	await expect(page.getByRole('alert')).toContainText('pas une sauvegarde de progression');
	expect(await dashboardText(page)).toBe(before);
});

test('progress is reset only after confirming', async ({ page }) => {
	await playSteps(page, 4);
	const before = await dashboardText(page);
	await openSettings(page);
	await page.getByRole('button', { name: 'Remettre ma progression à zéro…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Remettre la progression à zéro ?' });
	await expect(dialog.getByRole('button', { name: "Exporter d'abord" })).toBeVisible();
	const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(axe.violations, 'reset dialog').toEqual([]);
	await dialog.getByRole('button', { name: 'Annuler' }).click();
	expect(await dashboardText(page)).toBe(before);

	await openSettings(page);
	await page.getByRole('button', { name: 'Remettre ma progression à zéro…' }).click();
	await dialog.getByRole('button', { name: 'Tout effacer' }).click();
	await expect(page.getByText('Progression remise à zéro.')).toBeVisible();
	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: "Rien à afficher pour l'instant" })).toBeVisible();
});

test('each profile keeps its own progress', async ({ page }) => {
	await playSteps(page, 4);
	const mine = await dashboardText(page);
	await openSettings(page);
	await page.getByLabel("Nom d'un nouveau profil").fill('Classe B');
	await page.getByRole('button', { name: 'Créer et utiliser' }).click();
	await expect(page.getByText('Profil « Classe B » créé et activé.')).toBeAttached();

	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: "Rien à afficher pour l'instant" })).toBeVisible();
	// The other profile starts the scenario from its first step.
	await page.goto(PLAY);
	await expect(page.getByText('Étape 1', { exact: true })).toBeVisible();
	await answerStep(page, 'fr');

	await openSettings(page);
	await page.getByRole('button', { name: 'Utiliser le profil « Profil principal »' }).click();
	await expect(page.getByText('Profil « Profil principal » activé.')).toBeAttached();
	expect(await dashboardText(page)).toBe(mine);
});

test('without IndexedDB the app says progress is not kept, and a scenario still plays', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			configurable: true,
			get() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
	});
	await playSteps(page, 3);
	await expect(page.getByRole('alert')).toContainText('rien ne sera gardé');
	await expect(page.getByText(/^Étape \d+$/)).toBeVisible();
	await page.goto('/progress');
	await expect(page.getByText('Votre progression ne peut pas être affichée')).toBeVisible();
	await openSettings(page);
	await expect(
		page
			.getByText('Le stockage de cet appareil n’est pas disponible')
			.or(page.getByText("Le stockage de cet appareil n'est pas disponible"))
			.first()
	).toBeVisible();
});

test('a full device says so and keeps what was saved', async ({ page }) => {
	// Chromium's CDP Storage.overrideQuotaForOrigin reports the override as active here, yet neither
	// navigator.storage.estimate() nor IndexedDB writes honour it (measured): the refusal is simulated
	// where IndexedDB raises it, with the same DOMException a full device throws.
	await page.addInitScript(() => {
		for (const method of ['add', 'put'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown]) {
				if ((window as { deviceFull?: boolean }).deviceFull) {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				}
				return original.apply(this, args);
			};
		}
	});
	await playSteps(page, 4);
	const before = await dashboardText(page);
	await playSteps(page, 0);
	await page.evaluate(() => ((window as { deviceFull?: boolean }).deviceFull = true));
	const title = screenTitle(page);
	const step = await title.innerText();
	await submitStep(page, 'fr');
	await expect(
		page.getByRole('alert').filter({ hasText: "Le stockage de l'appareil est plein" })
	).toBeVisible();
	// No verdict for an answer that was not saved: the step stays on screen, ready to retry.
	await expect(title).toHaveText(step);
	expect(await dashboardText(page)).toBe(before);
});

test('two tabs share progress; a schema upgrade in one makes the other ask to reload', async ({
	page,
	context
}) => {
	await playSteps(page, 3);
	await page.goto('/progress');
	const answers = page.getByTestId('answers-count');
	await expect(page.getByRole('heading', { name: 'En bref' })).toBeVisible();
	const rows = await page.getByRole('row').count();

	const other = await context.newPage();
	await other.goto(PLAY);
	await expect(other.getByText(/^Étape \d+$/)).toBeVisible();
	await answerStep(other, 'fr');
	await answerStep(other, 'fr');
	// The first tab's dashboard follows without a reload.
	await expect(page.getByRole('row')).toHaveCount(rows);
	await expect(answers).toBeVisible();
	const otherText = await dashboardText(other);
	expect(await page.locator('main').innerText()).toBe(otherText);

	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('liaison-progress', 1000);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	await expect(page.getByRole('alert')).toContainText('mise à jour dans un autre onglet');
	await expect(page.getByRole('button', { name: 'Recharger' })).toBeVisible();
});

test('progress and settings have no axe violations, empty and with data', async ({
	page
}, testInfo) => {
	for (const [withData, colorScheme] of [
		[false, 'light'],
		[false, 'dark'],
		[true, 'light'],
		[true, 'dark']
	] as const) {
		await page.emulateMedia({ colorScheme });
		if (withData && colorScheme === 'light') await playSteps(page, 5);
		await page.goto('/progress');
		await expect(
			page.getByRole('heading', { name: withData ? 'En bref' : "Rien à afficher pour l'instant" })
		).toBeVisible();
		let results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations, `/progress ${withData} ${colorScheme}`).toEqual([]);
		await openSettings(page);
		await expect(page.getByText(/Espace utilisé par Liaison/)).toBeVisible();
		results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations, `/settings ${withData} ${colorScheme}`).toEqual([]);
		if (withData && colorScheme === 'dark') {
			const shot = testInfo.outputPath('settings.png');
			await page.screenshot({ path: shot, fullPage: true });
			await testInfo.attach('settings', { path: shot });
		}
	}
});

test('with data, progress and settings still fit 360 px with text enlarged to 200%', async ({
	page
}) => {
	await page.goto(PLAY);
	await playToDebrief(page, 'fr');
	for (const lang of ['fr', 'nl'] as const) {
		for (const path of ['/progress', '/settings']) {
			await page.goto(path);
			if (lang === 'nl') await chooseLanguage(page, 'nl');
			await expect(page.getByRole('heading', { level: 2 }).nth(1)).toBeVisible();
			// Through the CSSOM: the app's policy refuses an inline <style> element.
			await page.evaluate(() =>
				document.documentElement.style.setProperty('font-size', '200%', 'important')
			);
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'32px'
			);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${lang} ${path}`).toBeLessThanOrEqual(0);
		}
	}
});
