/**
 * A tour of every screen in the state a user reaches it, shared by the journeys that watch the
 * whole app at once (Content-Security-Policy, privacy): each stop waits until its screen is shown.
 */
import { expect, type Page } from '@playwright/test';
import { fillAnyAnswer, hydrated } from './helpers';
import { PLAY, answerStep, playToDebrief } from './play';
import { inlineAddress, packFile, storePack } from './share-helpers';
import { smallPack } from './share-packs';

const main = (page: Page) => page.locator('main');

/** Home, then a scenario: a step, its feedback, then every step to the debrief. */
export async function tourScenario(page: Page): Promise<void> {
	await page.goto('/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Scénarios' })).toBeVisible();
	await page.goto(PLAY);
	await expect(page.getByText('Étape 1')).toBeVisible();
	// Answer until a scored step shows its feedback, then play on to the debrief.
	const feedback = main(page).getByRole('heading', { level: 2, name: 'Ce qui se passe' });
	for (let i = 0; i < 6 && !(await feedback.isVisible()); i++) await answerStep(page, 'fr');
	await expect(feedback).toBeVisible();
	await playToDebrief(page, 'fr');
}

/** A practice question from the quiz screen, answered, with its verdict and explanation. */
export async function tourQuiz(page: Page): Promise<void> {
	await page.goto('/quiz?pack=nato-intelligence');
	await hydrated(page);
	await page.getByRole('button', { name: "Commencer l'entraînement" }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 sur 10' })).toBeVisible();
	const form = page.locator('main form');
	await fillAnyAnswer(form);
	await form.getByRole('button', { name: 'Valider' }).click();
	await expect(
		page.getByRole('heading', {
			level: 2,
			name: /^(Bonne réponse|Réponse incorrecte|Réponse en partie juste)/
		})
	).toBeVisible();
	await expect(page.locator('main figure blockquote')).toBeVisible();
}

/** The progress dashboard (after the scenario and the quiz, so it has figures to draw). */
export async function tourProgress(page: Page): Promise<void> {
	await page.goto('/progress');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Progrès' })).toBeVisible();
}

/** Settings, with a backup exported (downloaded by the browser, never sent anywhere). */
export async function tourSettings(page: Page): Promise<void> {
	await page.goto('/settings');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter ma progression' }).click();
	expect((await downloading).suggestedFilename()).toMatch(/^liaison-progress-.*\.json$/);
}

async function showQrCode(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Afficher le code QR' }).click();
	const qr = page.getByRole('img', { name: 'Code QR du lien vers « Pack partagé »' });
	await expect(qr).toBeVisible();
	expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
}

/**
 * The authoring editor with a draft opened from a pack file: its fields, graph, share link and
 * QR code. Returns the link, as an instructor would send it.
 */
export async function tourAuthoring(page: Page): Promise<string> {
	await page.goto('/authoring');
	await hydrated(page);
	await page
		.getByLabel('Ouvrir un fichier de pack (.yaml, .yml, .json) pour le modifier')
		.setInputFiles(packFile('partage.json', JSON.stringify(smallPack('pack-tour'))));
	await expect(page).toHaveURL(/\/authoring\?draft=/);
	await expect(page.getByRole('button', { name: /^Étape brief,/ })).toBeVisible();
	const link = page.getByLabel('Lien à partager');
	await expect(link).toHaveValue(/\/open#p=1\./);
	await showQrCode(page);
	return link.inputValue();
}

/** /open with a shared link (by default one carrying a small pack): it opens, with its QR code. */
export async function tourOpen(page: Page, link?: string): Promise<void> {
	await page.goto(link ?? inlineAddress(smallPack('pack-tour-lien')));
	await storePack(page);
	await expect(page.getByRole('heading', { name: 'Pack ouvert : Pack partagé' })).toBeVisible();
	await showQrCode(page);
}

/** Every screen, in the order a new user might meet them. */
export async function tourEveryScreen(page: Page): Promise<void> {
	await tourScenario(page);
	await tourQuiz(page);
	await tourProgress(page);
	await tourSettings(page);
	await tourOpen(page, await tourAuthoring(page));
}
