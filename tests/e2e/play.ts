/** Playing a scenario the way a hurried trainee would: the one set of play helpers for the journeys. */
import { expect, type Page } from '@playwright/test';

export const words = {
	fr: {
		debrief: 'Débriefing',
		continue: 'Continuer',
		submit: /^(Valider|Confirmer)/,
		step: 'Étape'
	},
	nl: { debrief: 'Debriefing', continue: 'Verder', submit: /^(Bevestigen)/, step: 'Stap' }
} as const;
export type Lang = keyof typeof words;
/** Which option a trainee takes everywhere: the first, or the last (another path, another ending). */
export type Pick = 'first' | 'last';

export const PLAY = '/play?pack=plan-r&scenario=plan-r-ardenval';

/**
 * The heading of the screen on show (a step, its feedback or the ending): it changes with the
 * screen. Found once the stored run is known (the first step shown may be replaced by it until then).
 */
export const screenTitle = (page: Page) =>
	page.locator('main .screen:not([aria-busy="true"]) h2').first();

/**
 * Gives the step on screen an answer (the `pick` option everywhere, "1" in a text box) and submits
 * it, or continues past a feedback or briefing. It does not wait for what follows: the caller waits
 * for the result it expects (`answerStep` for the next screen, or an alert when a save must fail).
 */
export async function submitStep(page: Page, lang: Lang, pick: Pick = 'first'): Promise<void> {
	const w = words[lang];
	const main = page.locator('main');
	const proceed = main.getByRole('button', { name: w.continue, exact: true });
	if (await proceed.isVisible()) return proceed.click();
	const radios = main.getByRole('radio');
	if (await radios.first().isVisible()) await radios[pick]().check();
	const checks = main.getByRole('checkbox');
	if (await checks.first().isVisible()) await checks[pick]().check();
	const partners = main.locator('button[aria-pressed="false"]');
	if (await partners.first().isVisible()) await partners[pick]().click();
	const text = main.getByRole('textbox').first();
	if (await text.isVisible()) await text.fill('1');
	for (const select of await main.getByRole('combobox').all()) {
		await select.selectOption({ index: 1 });
	}
	await main.getByRole('button', { name: w.submit }).click();
}

/**
 * Answers the step on screen (see `submitStep`) and returns once the screen has moved on: the next
 * step or the feedback shows only after the answer is saved, so the next answer cannot race it.
 */
export async function answerStep(page: Page, lang: Lang, pick: Pick = 'first'): Promise<void> {
	const title = screenTitle(page);
	const before = await title.innerText();
	await submitStep(page, lang, pick);
	await expect(title).not.toHaveText(before);
}

/** Plays the scenario on screen (from wherever it stands) to its debrief, answering every step. */
export async function playToDebrief(page: Page, lang: Lang, pick: Pick = 'first'): Promise<void> {
	const debrief = page.getByRole('heading', { name: words[lang].debrief, level: 2 });
	// A step, or the debrief of a run already finished, before the first answer.
	await expect(screenTitle(page)).toBeVisible();
	for (let i = 0; i < 60 && !(await debrief.isVisible()); i++) {
		await answerStep(page, lang, pick);
	}
	await expect(debrief).toBeVisible();
}
