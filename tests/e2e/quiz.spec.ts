import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, hydrated } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NATO = '/quiz?pack=nato-intelligence';

const words = {
	fr: {
		submit: 'Valider',
		next: /^(Question suivante|Voir le résultat)$/,
		verdict: /^(Bonne réponse|Réponse incorrecte|Réponse en partie juste)/,
		wrong: /Réponse incorrecte|Réponse en partie juste/,
		summary: 'Résultat'
	},
	nl: {
		submit: 'Bevestigen',
		next: /^(Volgende vraag|Resultaat bekijken)$/,
		verdict: /^(Juist antwoord|Fout antwoord|Gedeeltelijk juist)/,
		wrong: /Fout antwoord|Gedeeltelijk juist/,
		summary: 'Resultaat'
	}
} as const;
type Lang = keyof typeof words;

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations, label).toEqual([]);
}

/**
 * Answers the question on screen without knowing it: the first option, "1", the first match. On the
 * NATO pack this is right for only a few of its 17 questions (options are shuffled per question),
 * so any draw of 10 holds wrong answers.
 */
async function answerQuestion(page: Page, lang: Lang): Promise<void> {
	const form = page.locator('main form');
	const radio = form.getByRole('radio').first();
	if (await radio.isVisible()) await radio.check();
	const checkbox = form.getByRole('checkbox').first();
	if (await checkbox.isVisible()) await checkbox.check();
	const text = form.getByRole('textbox').first();
	if (await text.isVisible()) await text.fill('1');
	for (const select of await form.getByRole('combobox').all()) {
		await select.selectOption({ index: 1 });
	}
	await form.getByRole('button', { name: words[lang].submit }).click();
}

async function openQuiz(page: Page, url: string, lang: Lang = 'fr'): Promise<void> {
	await page.goto(url);
	if (lang === 'nl') await chooseLanguage(page, 'nl');
	await hydrated(page);
	await expect(
		page.getByRole('heading', { level: 2, name: /Nouveau quiz|Nieuwe quiz/ })
	).toBeVisible();
}

/** Plays a practice session to its summary; returns how many answers were wrong. */
async function practiceToSummary(page: Page, lang: Lang, check?: () => Promise<void>) {
	let wrong = 0;
	const summary = page.getByRole('heading', { level: 2, name: words[lang].summary });
	for (let i = 0; i < 45 && !(await summary.isVisible()); i++) {
		await answerQuestion(page, lang);
		const verdict = page.getByRole('heading', { level: 2, name: words[lang].verdict });
		await expect(verdict).toBeVisible();
		await expect(verdict).toBeFocused();
		if (words[lang].wrong.test(await verdict.innerText())) wrong++;
		if (i === 0) await check?.();
		await page.getByRole('button', { name: words[lang].next }).click();
	}
	await expect(summary).toBeVisible();
	return wrong;
}

test('a practice quiz in French: feedback with explanation and source, then a summary @journey', async ({
	page
}) => {
	await openQuiz(page, NATO);
	await expect(page.getByText('17 questions correspondent.')).toBeVisible();
	await expectNoAxeViolations(page, 'setup');
	await page.getByRole('button', { name: "Commencer l'entraînement" }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 sur 10' })).toBeFocused();
	await expectNoAxeViolations(page, 'question');
	await practiceToSummary(page, 'fr', async () => {
		await expect(page.locator('main figure blockquote')).toBeVisible();
		await expect(page.getByText('Source :')).toBeVisible();
		await expect(
			page.getByRole('region').getByText('Votre réponse', { exact: true })
		).toBeVisible();
		await expectNoAxeViolations(page, 'feedback');
	});
	await expect(page.locator('.summary li.card')).toHaveCount(10);
	await expect(page.getByText(/bonne\(s\) réponse\(s\) sur 10/)).toBeVisible();
	await expectNoAxeViolations(page, 'summary');
});

test('an exam in Dutch: no verdict until the end, then every answer with the right one @journey', async ({
	page
}, testInfo) => {
	await openQuiz(page, '/quiz?mode=exam', 'nl');
	await page.getByRole('radio', { name: '10 min' }).check();
	await page.getByRole('button', { name: 'Examen starten' }).click();
	await expect(page.getByRole('timer', { name: 'Resterende tijd' })).toHaveText(/^(10:00|9:5\d)$/);
	for (let i = 1; i <= 10; i++) {
		await expect(page.getByRole('heading', { name: `Vraag ${i} van 10` })).toBeVisible();
		await answerQuestion(page, 'nl');
		await expect(page.getByRole('heading', { name: words.nl.verdict })).toBeHidden();
	}
	const summary = page.getByRole('heading', { level: 2, name: 'Resultaat' });
	await expect(summary).toBeVisible();
	await expect(
		page.getByText(/^(✓|✗) (Geslaagd|Nog niet geslaagd) \(drempel: 70 %\)$/)
	).toBeVisible();
	await expect(page.getByText('Getimed examen: 10 min.')).toBeVisible();
	const lines = page.locator('.summary li.card');
	await expect(lines).toHaveCount(10);
	for (const line of await lines.all()) {
		await expect(line.getByText('Je antwoord')).toBeVisible();
		await expect(line.getByText('Juiste antwoord')).toBeVisible();
		await expect(line.locator('figure blockquote')).toBeVisible();
	}
	const shot = testInfo.outputPath('exam-summary-nl.png');
	await page.screenshot({ path: shot, fullPage: true });
	await testInfo.attach('exam-summary-nl', { path: shot, contentType: 'image/png' });
	await expectNoAxeViolations(page, 'exam summary');
});

test('an exam ends when its time runs out and grades what was answered', async ({ page }) => {
	await page.clock.install();
	await openQuiz(page, '/quiz?mode=exam');
	await page.getByRole('radio', { name: '10 min' }).check();
	await page.getByRole('button', { name: "Commencer l'examen" }).click();
	await answerQuestion(page, 'fr');
	await expect(page.getByRole('heading', { name: 'Question 2 sur 10' })).toBeVisible();
	await page.clock.fastForward('10:01');
	await expect(page.getByRole('heading', { level: 2, name: 'Résultat' })).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('Le temps est écoulé');
	await expect(
		page.locator('.summary li.card').getByText('Sans réponse', { exact: true })
	).toHaveCount(9);
});

test('filters narrow the questions, an empty choice says so, and mistakes can be practised alone', async ({
	page
}) => {
	await openQuiz(page, '/quiz');
	await page.getByText('Difficulté', { exact: true }).click();
	await page.getByRole('checkbox', { name: /^Difficile/ }).check();
	const count = page.getByText(/^\d+ questions? correspond/);
	const hard = Number((await count.innerText()).split(' ')[0]);
	expect(hard).toBeGreaterThan(0);
	await page.getByText('Organisations', { exact: true }).click();
	await page.getByRole('checkbox', { name: /^OTAN/ }).check();
	const both = Number((await count.innerText()).split(' ')[0]);
	expect(both).toBeLessThanOrEqual(hard);

	await page.getByRole('button', { name: 'Effacer les filtres' }).click();
	await page.getByRole('checkbox', { name: /^Seulement mes erreurs/ }).check();
	await expect(page.getByText('0 question correspond.')).toBeVisible();
	await expect(page.getByText(/Aucune erreur enregistrée/)).toBeVisible();
	await expect(page.getByRole('button', { name: "Commencer l'entraînement" })).toBeDisabled();
	await expectNoAxeViolations(page, 'empty selection');

	// Practise once, then only the questions answered wrong are offered.
	await page.goto(NATO);
	await page.getByRole('button', { name: "Commencer l'entraînement" }).click();
	const wrong = await practiceToSummary(page, 'fr');
	expect(wrong).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Nouveau quiz' }).click();
	await page.getByRole('checkbox', { name: /^Seulement mes erreurs/ }).check();
	await expect(page.getByText(new RegExp(`^${wrong} questions? correspond`))).toBeVisible();
});

test('a wrong answer comes back in review once due, and home shows the count @journey', async ({
	page
}) => {
	await page.clock.install();
	await page.goto(NATO);
	await page.getByRole('button', { name: "Commencer l'entraînement" }).click();
	const wrong = await practiceToSummary(page, 'fr');
	expect(wrong).toBeGreaterThan(0);

	// "Again" cards come back after a minute or so: nothing is due right now.
	await page.goto('/quiz?mode=review');
	await expect(
		page.getByText(/^Rien à revoir pour l'instant\. Prochaine révision : /)
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Commencer la révision' })).toBeDisabled();

	await page.clock.fastForward('15:00');
	await page.goto('/');
	const review = page.getByRole('region', { name: 'Révisions' });
	await expect(review).toContainText(/\d+ questions? à revoir maintenant/);
	await expectNoAxeViolations(page, 'home');
	await review.getByRole('link', { name: 'Réviser maintenant' }).click();
	await expect(page.getByText(/^\d+ questions? à revoir maintenant\.$/)).toBeVisible();
	await page.getByRole('button', { name: 'Commencer la révision' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 sur \d+$/ })).toBeVisible();
	await answerQuestion(page, 'fr');
	await expect(page.getByRole('heading', { level: 2, name: words.fr.verdict })).toBeVisible();
});

test('a quiz interrupted by a reload resumes at the same question; home offers to continue @journey', async ({
	page
}) => {
	await openQuiz(page, '/quiz?mode=exam');
	await page.getByRole('button', { name: "Commencer l'examen" }).click();
	await answerQuestion(page, 'fr');
	await answerQuestion(page, 'fr');
	const heading = page.getByRole('heading', { name: 'Question 3 sur 10' });
	await expect(heading).toBeVisible();
	const prompt = await page.locator('main form .prompt').innerText();

	await page.reload();
	await expect(heading).toBeVisible();
	await expect(page.locator('main form .prompt')).toHaveText(prompt);

	await page.goto('/');
	const card = page.getByRole('region', { name: 'Reprendre où vous en étiez' });
	await expect(card).toContainText('Examen : question 3 sur 10');
	await card.getByRole('link', { name: 'Reprendre' }).click();
	await expect(heading).toBeVisible();
});

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the quiz screens have no axe violations in dark mode, in Dutch', async ({ page }) => {
		await openQuiz(page, '/quiz?mode=exam', 'nl');
		await expectNoAxeViolations(page, 'exam setup');
		await page.getByRole('radio', { name: 'Oefenen' }).check();
		await page.getByRole('button', { name: 'Oefening starten' }).click();
		await expectNoAxeViolations(page, 'question');
		await answerQuestion(page, 'nl');
		await expect(page.getByRole('heading', { level: 2, name: words.nl.verdict })).toBeVisible();
		await expectNoAxeViolations(page, 'feedback');
		await page.getByRole('button', { name: 'Stoppen en resultaat bekijken' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Resultaat' })).toBeVisible();
		await expectNoAxeViolations(page, 'summary');
		await page.goto('/');
		await expect(page.getByRole('region', { name: 'Verdergaan waar je was' })).toBeHidden();
		await expect(page.getByRole('region', { name: 'Herhalingen' })).toBeVisible();
		await expectNoAxeViolations(page, 'home');
	});
});
