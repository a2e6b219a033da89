import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	chooseLanguage,
	expectHeading,
	quizWords,
	screens,
	useLanguage,
	type Lang
} from './helpers';
import { PLAY, answerStep, words } from './play';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations, label).toEqual([]);
}

const play = {
	fr: {
		roster: 'Qui fait quoi ?',
		close: 'Fermer',
		exam: "Commencer l'examen",
		timer: 'Temps restant'
	},
	nl: {
		roster: 'Wie doet wat?',
		close: 'Sluiten',
		exam: 'Examen starten',
		timer: 'Resterende tijd'
	}
} as const;

/**
 * Walks through "Signaux faibles à Ardenval" checking each kind of screen on the way: a briefing,
 * a decision, its feedback, the partner selection and its feedback, the roster, the debrief.
 */
async function checkScenarioScreens(page: Page, lang: Lang): Promise<void> {
	const w = words[lang];
	const main = page.locator('main');
	await page.goto(PLAY);
	await useLanguage(page, lang);
	await expect(page.getByText(`${w.step} 1`, { exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'briefing step');
	await main.getByRole('button', { name: w.continue, exact: true }).click();
	await main.getByRole('radio').first().check();
	await expectNoAxeViolations(page, 'decision step');
	await main.getByRole('button', { name: w.submit }).click();
	await expect(main.getByRole('button', { name: w.continue, exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'decision feedback');

	const partner = main.locator('button[aria-pressed]').first();
	for (let i = 0; i < 4 && !(await partner.isVisible()); i++) await answerStep(page, lang);
	await partner.click();
	await expect(partner).toHaveAttribute('aria-pressed', 'true');
	await expectNoAxeViolations(page, 'partner selection');
	await main.getByRole('button', { name: w.submit }).click();
	await expect(main.getByRole('button', { name: w.continue, exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'partner feedback');

	await page.getByRole('button', { name: play[lang].roster }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectNoAxeViolations(page, 'roster');
	await page.getByRole('dialog').getByRole('button', { name: play[lang].close }).click();

	const debrief = page.getByRole('heading', { name: w.debrief, level: 2 });
	for (let i = 0; i < 60 && !(await debrief.isVisible()); i++) await answerStep(page, lang);
	await expect(debrief).toBeVisible();
	await expectNoAxeViolations(page, 'ending and debrief');
}

/** An exam question with its time limit running. */
async function checkTimedExam(page: Page, lang: Lang): Promise<void> {
	await page.goto('/quiz?mode=exam');
	await useLanguage(page, lang);
	await page.getByRole('radio', { name: '10 min' }).check();
	await page.getByRole('button', { name: play[lang].exam }).click();
	await expect(page.getByRole('heading', { name: quizWords[lang].question(1, 10) })).toBeFocused();
	await expect(page.getByRole('timer', { name: play[lang].timer })).toBeVisible();
	await expectNoAxeViolations(page, 'timed exam question');
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} mode`, () => {
		test.use({ colorScheme });

		for (const lang of ['fr', 'nl'] as const) {
			test(`every top-level screen has no axe violations (${lang})`, async ({ page }) => {
				await page.goto('/settings');
				await chooseLanguage(page, lang);
				for (const screen of screens) {
					await page.goto(screen.path);
					await expectHeading(page, screen[lang]);
					const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
					expect(results.violations, `${screen.path}`).toEqual([]);
				}
			});
		}

		// French in light mode, Dutch in dark mode: both languages, both schemes, half the time.
		const lang = colorScheme === 'light' ? 'fr' : 'nl';
		test(`the scenario player and a timed exam question have no axe violations (${lang})`, async ({
			page
		}) => {
			// A dozen axe scans along a whole scenario and an exam: a long journey, not a slow screen.
			test.slow();
			await checkScenarioScreens(page, lang);
			await checkTimedExam(page, lang);
		});
	});
}

test('the shell can be used with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// Reach the navigation bar and open the settings screen.
	const settings = page.getByRole('link', { name: 'Réglages' });
	for (
		let i = 0;
		i < 20 && !(await settings.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(settings).toBeFocused();
	await page.keyboard.press('Enter');
	await expectHeading(page, 'Réglages');
});

async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/** Through the CSSOM: the app's policy refuses an inline <style> element. */
async function enlarge(page: Page): Promise<void> {
	await page.evaluate(() =>
		document.documentElement.style.setProperty('font-size', '200%', 'important')
	);
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
		'32px'
	);
}

test('text enlarged to 200% still fits a 360 px screen, in both languages', async ({ page }) => {
	for (const lang of ['fr', 'nl'] as const) {
		for (const screen of screens) {
			await page.goto(screen.path);
			if (lang === 'nl') await chooseLanguage(page, 'nl');
			await expectHeading(page, screen[lang]);
			await enlarge(page);
			expect(await horizontalOverflow(page), `${lang} ${screen.path}`).toBeLessThanOrEqual(0);
		}
	}
});

test('text enlarged to 200% still fits a 360 px screen while playing a scenario', async ({
	page
}) => {
	// French: every screen up to the debrief; Dutch (longer words): its first step.
	for (const lang of ['fr', 'nl'] as const) {
		const w = words[lang];
		await page.goto(PLAY);
		await useLanguage(page, lang);
		await expect(page.getByText(`${w.step} 1`, { exact: true })).toBeVisible();
		await enlarge(page);
		expect(await horizontalOverflow(page), `${lang} /play step 1`).toBeLessThanOrEqual(0);
		if (lang === 'nl') continue;
		const debrief = page.getByRole('heading', { name: w.debrief, level: 2 });
		for (let i = 1; i < 60 && !(await debrief.isVisible()); i++) {
			await answerStep(page, lang);
			const screen = await page.getByRole('heading', { level: 2 }).first().innerText();
			expect(await horizontalOverflow(page), `${lang} /play ${screen}`).toBeLessThanOrEqual(0);
		}
		await expect(debrief).toBeVisible();
	}
});
