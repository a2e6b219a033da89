/** Playing a scenario the way a hurried trainee would, shared by the journeys. */
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

export const PLAY = '/play?pack=plan-r&scenario=plan-r-ardenval';

/**
 * Answers the step on screen the way a hurried trainee would: the first option everywhere. Returns
 * once the screen has moved on (the next step or the feedback shows only after the answer is saved).
 */
export async function answerStep(page: Page, lang: Lang): Promise<void> {
	const w = words[lang];
	const main = page.locator('main');
	const title = main.locator('.screen h2').first();
	const before = await title.innerText();
	const proceed = main.getByRole('button', { name: w.continue, exact: true });
	if (await proceed.isVisible()) {
		await proceed.click();
	} else {
		const radio = main.getByRole('radio').first();
		if (await radio.isVisible()) await radio.check();
		const checkbox = main.getByRole('checkbox').first();
		if (await checkbox.isVisible()) await checkbox.check();
		const partner = main.locator('button[aria-pressed="false"]').first();
		if (await partner.isVisible()) await partner.click();
		const text = main.getByRole('textbox').first();
		if (await text.isVisible()) await text.fill('1');
		for (const select of await main.getByRole('combobox').all()) {
			await select.selectOption({ index: 1 });
		}
		await main.getByRole('button', { name: w.submit }).click();
	}
	await expect(title).not.toHaveText(before);
}

export async function playToDebrief(page: Page, lang: Lang): Promise<void> {
	const debrief = page.getByRole('heading', { name: words[lang].debrief, level: 2 });
	for (let i = 0; i < 60 && !(await debrief.isVisible()); i++) {
		await answerStep(page, lang);
	}
	await expect(debrief).toBeVisible();
}
