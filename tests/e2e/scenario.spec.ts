import { expect, test } from '@playwright/test';
import { chooseLanguage, waitForServiceWorker } from './helpers';
import { PLAY, answerStep, playToDebrief, words } from './play';

for (const lang of ['fr', 'nl'] as const) {
	test(`a whole scenario to its debrief, in ${lang} @journey`, async ({ page }, testInfo) => {
		await page.goto('/');
		if (lang === 'nl') await chooseLanguage(page, 'nl');
		await page
			.getByRole('link', {
				name: lang === 'fr' ? /Jouer : Signaux faibles/ : /Spelen: Zwakke signalen/
			})
			.first()
			.click();
		await expect(page.getByText(`${words[lang].step} 1`)).toBeVisible();
		await playToDebrief(page, lang);

		// Every decision is explained with its source.
		const lines = page.locator('.debrief li.card');
		expect(await lines.count()).toBeGreaterThan(3);
		await expect(page.locator('.debrief figure blockquote').first()).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath(`debrief-${lang}.png`), fullPage: true });
		await testInfo.attach(`debrief-${lang}`, { path: testInfo.outputPath(`debrief-${lang}.png`) });

		// Replay from a decision: back in the scenario, at that step.
		await page
			.getByRole('button', {
				name: lang === 'fr' ? 'Rejouer depuis cette étape' : 'Vanaf deze stap opnieuw spelen'
			})
			.nth(1)
			.click();
		await expect(page.getByRole('heading', { name: words[lang].debrief })).toBeHidden();
		await expect(page.getByText(new RegExp(`^${words[lang].step} \\d+$`))).toBeVisible();
	});
}

test('a scenario interrupted by a reload resumes at the same step @journey', async ({ page }) => {
	await page.goto(PLAY);
	await expect(page.getByText('Étape 1')).toBeVisible();
	for (let i = 0; i < 4; i++) await answerStep(page, 'fr');
	// A feedback screen is not a step of its own: move on to the next step first.
	const stepLabel = page.getByText(/^Étape \d+$/);
	if (!(await stepLabel.isVisible()))
		await page.getByRole('button', { name: 'Continuer', exact: true }).click();
	const label = await stepLabel.innerText();
	const heading = await page.getByRole('heading', { level: 2 }).first().innerText();
	expect(label).not.toBe('Étape 1');

	await page.reload();
	await expect(page.getByText(label, { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(heading);
});

test('the whole scenario journey works offline after the first visit @journey', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await page
		.getByRole('link', { name: /Jouer : Signaux faibles/ })
		.first()
		.click();
	await expect(page.getByText('Étape 1')).toBeVisible();
	await chooseLanguage(page, 'nl');
	await expect(page.getByText('Stap 1')).toBeVisible();
	await playToDebrief(page, 'nl');
});
