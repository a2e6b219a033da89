import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** Waits until the page is controlled by an activated service worker (ready can resolve earlier). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
			);
		}
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				})
			);
		}
	});
}

export const screens = [
	{ path: '/', fr: 'Scénarios', nl: "Scenario's" },
	{ path: '/quiz', fr: 'Quiz', nl: 'Quiz' },
	{ path: '/progress', fr: 'Progrès', nl: 'Voortgang' },
	{ path: '/authoring', fr: 'Créer', nl: 'Maken' },
	{ path: '/settings', fr: 'Réglages', nl: 'Instellingen' }
] as const;

export async function expectHeading(page: Page, name: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Waits until the app has hydrated: a click on a prerendered button before that is lost. */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Switches the interface language with the switcher in the header. */
export async function chooseLanguage(page: Page, lang: 'fr' | 'nl'): Promise<void> {
	await hydrated(page);
	await page.getByRole('button', { name: lang === 'fr' ? 'Français' : 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export type Lang = 'fr' | 'nl';
export const langs = ['fr', 'nl'] as const;

/** Switches to Dutch when the journey is played in Dutch (French is the browser's language). */
export async function useLanguage(page: Page, lang: Lang): Promise<void> {
	if (lang === 'nl') await chooseLanguage(page, 'nl');
	else await hydrated(page);
}

/** Saves a full-page screenshot as a test artefact, named by language and viewport. */
export async function attachScreenshot(
	page: Page,
	testInfo: TestInfo,
	name: string,
	lang: Lang
): Promise<void> {
	const size = page.viewportSize();
	const file = `${name}-${lang}-${size?.width}x${size?.height}`;
	const path = testInfo.outputPath(`${file}.png`);
	// CSS pixels: a long dashboard at the phone's device scale is a slow, needlessly large file.
	await page.screenshot({ path, fullPage: true, scale: 'css' });
	await testInfo.attach(file, { path, contentType: 'image/png' });
}

const dashboardTitle = { fr: 'En bref', nl: 'In het kort' } as const;

/** Opens the progress dashboard once its figures are on screen, and saves it as an artefact. */
export async function attachDashboard(page: Page, testInfo: TestInfo, lang: Lang): Promise<void> {
	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 2, name: dashboardTitle[lang] })).toBeVisible();
	await attachScreenshot(page, testInfo, 'dashboard', lang);
}

/** What the quiz player says, for the journeys that answer questions. */
export const quizWords = {
	fr: {
		question: (n: number | string = '\\d+', total: number | string = '\\d+') =>
			new RegExp(`^Question ${n} sur ${total}$`),
		submit: 'Valider',
		verdict: /^(Bonne réponse|Réponse incorrecte|Réponse en partie juste)/
	},
	nl: {
		question: (n: number | string = '\\d+', total: number | string = '\\d+') =>
			new RegExp(`^Vraag ${n} van ${total}$`),
		submit: 'Bevestigen',
		verdict: /^(Juist antwoord|Fout antwoord|Gedeeltelijk juist)/
	}
} as const;

/**
 * Answers the question on screen without knowing it: the first option, "1", the first match. On the
 * NATO pack this is right for only a few of its 18 questions (options are shuffled per question), so any
 * draw of 10 holds wrong answers. It first waits for the question itself (number `n` when given):
 * right after a start or a "next" the set-up form or the last verdict can still be on screen. It returns
 * once the answer's outcome shows (its verdict, the next question or the result), which happens only
 * after the answer is stored.
 */
export async function answerQuestion(page: Page, lang: Lang, n?: number): Promise<void> {
	const w = quizWords[lang];
	const question = page.getByRole('heading', { level: 2, name: w.question(n) });
	const verdict = page.getByRole('heading', { level: 2, name: w.verdict });
	await expect(question).toBeVisible();
	await expect(verdict).toBeHidden();
	const asked = new RegExp(`^\\s*${await question.innerText()}\\s*$`);
	const form = page.locator('main form').filter({ has: page.locator('.prompt') });
	await expect(form).toBeVisible();
	await fillAnyAnswer(form);
	await form.getByRole('button', { name: w.submit }).click();
	// Practice shows a verdict under the same question; an exam moves on to another question or the
	// result: either way a heading other than the question's.
	await expect(
		page.locator('main h2').filter({ visible: true, hasNotText: asked }).first()
	).toBeVisible();
}

/** Gives the question in `form` some answer: its first option, "1", the first match. */
export async function fillAnyAnswer(form: Locator): Promise<void> {
	const radio = form.getByRole('radio').first();
	if (await radio.isVisible()) await radio.check();
	const checkbox = form.getByRole('checkbox').first();
	if (await checkbox.isVisible()) await checkbox.check();
	const text = form.getByRole('textbox').first();
	if (await text.isVisible()) await text.fill('1');
	for (const select of await form.getByRole('combobox').all()) {
		await select.selectOption({ index: 1 });
	}
}
