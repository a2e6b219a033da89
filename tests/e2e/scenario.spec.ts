import { expect, test, type Page } from '@playwright/test';
import {
	answerQuestion,
	attachDashboard,
	attachScreenshot,
	chooseLanguage,
	langs,
	quizWords,
	useLanguage,
	waitForServiceWorker,
	type Lang
} from './helpers';
import { answerStep, playToDebrief, words } from './play';

const scenarioLink = { fr: /Jouer : Signaux faibles/, nl: /Spelen: Zwakke signalen/ } as const;
const replay = { fr: 'Rejouer depuis cette étape', nl: 'Vanaf deze stap opnieuw spelen' } as const;
const startPractice = { fr: "Commencer l'entraînement", nl: 'Oefening starten' } as const;

/** From the home screen's library to the first step of "Signaux faibles à Ardenval". */
async function openScenario(page: Page, lang: Lang): Promise<void> {
	await page.getByRole('link', { name: scenarioLink[lang] }).first().click();
	await expect(page.getByText(`${words[lang].step} 1`, { exact: true })).toBeVisible();
}

/** The debrief explains every decision with its source. */
async function expectDebrief(page: Page): Promise<void> {
	expect(await page.locator('.debrief li.card').count()).toBeGreaterThan(3);
	await expect(page.locator('.debrief figure blockquote').first()).toBeVisible();
}

for (const lang of langs) {
	const w = words[lang];
	const stepLabel = new RegExp(`^${w.step} \\d+$`);

	test(`a whole scenario in ${lang}, interrupted by a reload and resumed at the same step, to its debrief @journey`, async ({
		page
	}, testInfo) => {
		await page.goto('/');
		await useLanguage(page, lang);
		await openScenario(page, lang);
		for (let i = 0; i < 4; i++) await answerStep(page, lang);
		// A feedback screen is not a step of its own: move on to the next step first.
		const label = page.getByText(stepLabel);
		if (!(await label.isVisible()))
			await page.getByRole('button', { name: w.continue, exact: true }).click();
		const step = await label.innerText();
		const heading = await page.getByRole('heading', { level: 2 }).first().innerText();
		expect(step).not.toBe(`${w.step} 1`);

		await page.reload();
		await expect(page.getByText(step, { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(heading);

		await playToDebrief(page, lang);
		await expectDebrief(page);
		await attachScreenshot(page, testInfo, 'debrief', lang);

		// Replay from a decision: back in the scenario, at that step.
		await page.getByRole('button', { name: replay[lang] }).nth(1).click();
		await expect(page.getByRole('heading', { name: w.debrief })).toBeHidden();
		await expect(page.getByText(stepLabel)).toBeVisible();
		await attachDashboard(page, testInfo, lang);
	});

	test(`the whole journey works offline after the first visit, in ${lang} @journey`, async ({
		page,
		context
	}, testInfo) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.reload();
		if (lang === 'nl') await chooseLanguage(page, 'nl');
		await openScenario(page, lang);
		await playToDebrief(page, lang);
		await expectDebrief(page);
		await attachScreenshot(page, testInfo, 'offline-debrief', lang);

		// A quiz question, through the navigation bar as a learner would.
		await page.getByRole('navigation').getByRole('link', { name: 'Quiz' }).click();
		await page.getByRole('button', { name: startPractice[lang] }).click();
		await answerQuestion(page, lang, 1);
		await expect(
			page.getByRole('heading', { level: 2, name: quizWords[lang].verdict })
		).toBeVisible();

		await attachDashboard(page, testInfo, lang);
		await expect(page.getByTestId('answers-count')).not.toHaveText('0');
	});
}
