import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	answerQuestion,
	attachDashboard,
	attachScreenshot,
	langs,
	quizWords,
	useLanguage,
	type Lang
} from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NATO = '/quiz?pack=nato-intelligence';

const words = {
	fr: {
		...quizWords.fr,
		setup: 'Nouveau quiz',
		practice: "Commencer l'entraînement",
		exam: "Commencer l'examen",
		review: 'Commencer la révision',
		next: /^(Question suivante|Voir le résultat)$/,
		stop: 'Arrêter et voir le résultat',
		wrong: /Réponse incorrecte|Réponse en partie juste/,
		saved: 'Réponse enregistrée. La correction viendra à la fin.',
		summary: 'Résultat',
		matching18: '18 questions correspondent.',
		source: 'Source :',
		yours: 'Votre réponse',
		right: 'Bonne réponse',
		score10: /bonne\(s\) réponse\(s\) sur 10/,
		timer: 'Temps restant',
		passed: /^(✓|✗) (Réussi|Pas encore réussi) \(seuil : 70\s%\)$/,
		timed: 'Examen chronométré : 10 min.',
		resume: 'Reprendre où vous en étiez',
		resumeLine: 'Examen : question 3 sur 10',
		resumeButton: 'Reprendre',
		reviews: 'Révisions',
		due: /\d+ questions? à revoir maintenant/,
		reviewNow: 'Réviser maintenant',
		nothingDue: /^Rien à revoir pour l'instant\. Prochaine révision : /
	},
	nl: {
		...quizWords.nl,
		setup: 'Nieuwe quiz',
		practice: 'Oefening starten',
		exam: 'Examen starten',
		review: 'Herhaling starten',
		next: /^(Volgende vraag|Resultaat bekijken)$/,
		stop: 'Stoppen en resultaat bekijken',
		wrong: /Fout antwoord|Gedeeltelijk juist/,
		saved: 'Antwoord opgeslagen. De verbetering volgt op het einde.',
		summary: 'Resultaat',
		matching18: '18 vragen passen.',
		source: 'Bron:',
		yours: 'Je antwoord',
		right: 'Juiste antwoord',
		score10: /van 10 juist/,
		timer: 'Resterende tijd',
		passed: /^(✓|✗) (Geslaagd|Nog niet geslaagd) \(drempel: 70%\)$/,
		timed: 'Getimed examen: 10 min.',
		resume: 'Verdergaan waar je was',
		resumeLine: 'Examen: vraag 3 van 10',
		resumeButton: 'Hervatten',
		reviews: 'Herhalingen',
		due: /\d+ (vraag|vragen) om nu te herhalen/,
		reviewNow: 'Nu herhalen',
		nothingDue: /^Niets te herhalen op dit moment\. Volgende herhaling: /
	}
} as const;

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations, label).toEqual([]);
}

async function openQuiz(page: Page, url: string, lang: Lang = 'fr'): Promise<void> {
	await page.goto(url);
	await useLanguage(page, lang);
	await expect(page.getByRole('heading', { level: 2, name: words[lang].setup })).toBeVisible();
}

/** Answers one question in practice or review and reads its verdict; returns whether it was wrong. */
async function answerWithVerdict(page: Page, lang: Lang, n?: number): Promise<boolean> {
	await answerQuestion(page, lang, n);
	const verdict = page.getByRole('heading', { level: 2, name: words[lang].verdict });
	await expect(verdict).toBeVisible();
	await expect(verdict).toBeFocused();
	return words[lang].wrong.test(await verdict.innerText());
}

/** Plays a practice session to its summary; returns how many answers were wrong. */
async function practiceToSummary(page: Page, lang: Lang, check?: () => Promise<void>) {
	let wrong = 0;
	const summary = page.getByRole('heading', { level: 2, name: words[lang].summary });
	for (let i = 0; i < 45 && !(await summary.isVisible()); i++) {
		if (await answerWithVerdict(page, lang, i + 1)) wrong++;
		if (i === 0) await check?.();
		await page.getByRole('button', { name: words[lang].next }).click();
	}
	await expect(summary).toBeVisible();
	return wrong;
}

/** Only the 360 px phone runs axe in the journeys: the same screens at 412 px add time, not checks. */
const axeHere = (project: string) => project === 'phone-360x740';

for (const lang of langs) {
	const w = words[lang];

	test(`a practice quiz in ${lang}: feedback with explanation and source, then a summary @journey`, async ({
		page
	}, testInfo) => {
		const axe = axeHere(testInfo.project.name);
		await openQuiz(page, NATO, lang);
		await expect(page.getByText(w.matching18)).toBeVisible();
		if (axe) await expectNoAxeViolations(page, 'setup');
		await page.getByRole('button', { name: w.practice }).click();
		await expect(page.getByRole('heading', { name: w.question(1, 10) })).toBeFocused();
		if (axe) await expectNoAxeViolations(page, 'question');
		await practiceToSummary(page, lang, async () => {
			await expect(page.locator('main figure blockquote')).toBeVisible();
			await expect(page.getByText(w.source)).toBeVisible();
			await expect(page.getByRole('region').getByText(w.yours, { exact: true })).toBeVisible();
			if (axe) await expectNoAxeViolations(page, 'feedback');
		});
		await expect(page.locator('.summary li.card')).toHaveCount(10);
		await expect(page.getByText(w.score10)).toBeVisible();
		if (axe) await expectNoAxeViolations(page, 'summary');
		await attachScreenshot(page, testInfo, 'practice-summary', lang);
		await attachDashboard(page, testInfo, lang);
	});

	test(`an exam in ${lang} interrupted by a reload resumes at the same question, then no verdict until the end @journey`, async ({
		page
	}, testInfo) => {
		await openQuiz(page, '/quiz?mode=exam', lang);
		await page.getByRole('radio', { name: '10 min' }).check();
		await page.getByRole('button', { name: w.exam }).click();
		await expect(page.getByRole('timer', { name: w.timer })).toHaveText(/^(10:00|9:5\d)$/);
		const saved = page.getByText(w.saved, { exact: true });
		for (const n of [1, 2]) {
			await answerQuestion(page, lang, n);
			await expect(page.getByRole('heading', { name: w.question(n + 1, 10) })).toBeVisible();
			// The live region confirms the answer once it is stored: only then may the page go.
			await expect(saved).toBeAttached();
		}
		const third = page.getByRole('heading', { name: w.question(3, 10) });
		const prompt = await page.locator('main form .prompt').innerText();

		await page.reload();
		await expect(third).toBeVisible();
		await expect(page.locator('main form .prompt')).toHaveText(prompt);
		await expect(page.getByRole('timer', { name: w.timer })).toHaveText(/^(10:00|9:[0-5]\d)$/);

		await page.goto('/');
		const card = page.getByRole('region', { name: w.resume });
		await expect(card).toContainText(w.resumeLine);
		await card.getByRole('link', { name: w.resumeButton }).click();
		await expect(third).toBeVisible();

		for (let n = 3; n <= 10; n++) {
			await answerQuestion(page, lang, n);
			await expect(page.getByRole('heading', { name: w.verdict })).toBeHidden();
		}
		await expect(page.getByRole('heading', { level: 2, name: w.summary })).toBeVisible();
		await expect(page.getByText(w.passed)).toBeVisible();
		await expect(page.getByText(w.timed)).toBeVisible();
		const lines = page.locator('.summary li.card');
		await expect(lines).toHaveCount(10);
		for (const line of await lines.all()) {
			await expect(line.getByText(w.yours, { exact: true })).toBeVisible();
			await expect(line.getByText(w.right, { exact: true })).toBeVisible();
			await expect(line.locator('figure blockquote')).toBeVisible();
		}
		if (axeHere(testInfo.project.name)) await expectNoAxeViolations(page, 'exam summary');
		await attachScreenshot(page, testInfo, 'exam-summary', lang);
		await attachDashboard(page, testInfo, lang);
	});

	test(`a wrong answer comes back in a review session once due, in ${lang}, and home shows the count @journey`, async ({
		page
	}, testInfo) => {
		await page.clock.install();
		await openQuiz(page, NATO, lang);
		await page.getByRole('button', { name: w.practice }).click();
		// A mistake is all a review needs: stop at the first one.
		let n = 1;
		while (!(await answerWithVerdict(page, lang, n)) && n < 10) {
			await page.getByRole('button', { name: w.next }).click();
			n++;
		}
		await page.getByRole('button', { name: w.stop }).click();
		await expect(page.getByRole('heading', { level: 2, name: w.summary })).toBeVisible();

		// "Again" cards come back after a minute or so: nothing is due right now.
		await page.goto('/quiz?mode=review');
		await expect(page.getByText(w.nothingDue)).toBeVisible();
		await expect(page.getByRole('button', { name: w.review })).toBeDisabled();

		await page.clock.fastForward('15:00');
		await page.goto('/');
		const review = page.getByRole('region', { name: w.reviews });
		await expect(review).toContainText(w.due);
		if (axeHere(testInfo.project.name)) await expectNoAxeViolations(page, 'home');
		await review.getByRole('link', { name: w.reviewNow }).click();
		await expect(page.getByText(new RegExp(`^${w.due.source}\\.$`))).toBeVisible();
		await page.getByRole('button', { name: w.review }).click();
		const summary = page.getByRole('heading', { level: 2, name: w.summary });
		for (let i = 1; i <= 10 && !(await summary.isVisible()); i++) {
			await answerWithVerdict(page, lang, i);
			await page.getByRole('button', { name: w.next }).click();
		}
		await expect(summary).toBeVisible();
		await attachScreenshot(page, testInfo, 'review-summary', lang);
		await attachDashboard(page, testInfo, lang);
	});
}

test('an exam ends when its time runs out and grades what was answered', async ({ page }) => {
	await page.clock.install();
	await openQuiz(page, '/quiz?mode=exam');
	await page.getByRole('radio', { name: '10 min' }).check();
	await page.getByRole('button', { name: "Commencer l'examen" }).click();
	await answerQuestion(page, 'fr', 1);
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
	await openQuiz(page, NATO);
	await page.getByRole('button', { name: "Commencer l'entraînement" }).click();
	const wrong = await practiceToSummary(page, 'fr');
	expect(wrong).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Nouveau quiz' }).click();
	await page.getByRole('checkbox', { name: /^Seulement mes erreurs/ }).check();
	await expect(page.getByText(new RegExp(`^${wrong} questions? correspond`))).toBeVisible();
});

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the quiz screens have no axe violations in dark mode, in Dutch', async ({ page }) => {
		await openQuiz(page, '/quiz?mode=exam', 'nl');
		await expectNoAxeViolations(page, 'exam setup');
		await page.getByRole('radio', { name: 'Oefenen' }).check();
		await page.getByRole('button', { name: 'Oefening starten' }).click();
		await expect(page.getByRole('heading', { name: words.nl.question(1) })).toBeFocused();
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
