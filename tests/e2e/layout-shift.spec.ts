import { expect, test, type Page } from '@playwright/test';
import { PLAY, answerStep, screenTitle } from './play';

/** The layout shifts the page has had, summed (the CLS of a page without input). */
async function shifts(page: Page): Promise<number> {
	// Two frames on, every shift is in the page's buffer: a new observer asked for buffered entries
	// holds them at once, without waiting for a delivery.
	return page.evaluate(async () => {
		await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
		const observer = new PerformanceObserver(() => {});
		observer.observe({ type: 'layout-shift', buffered: true });
		const entries = observer.takeRecords() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
		})[];
		observer.disconnect();
		return entries.reduce((sum, entry) => sum + (entry.hadRecentInput ? 0 : entry.value), 0);
	});
}

/**
 * The home screen paints before the database and its strings are loaded; what arrives later (the
 * review card, progress lines, quiz links) must fill places kept for it, not push the packs down
 * under the learner's thumb. A slowed CPU makes the first paint come before the data, as on a phone.
 */
test('the home screen does not jump while progress and strings load', async ({ page }) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	await page.goto('/');
	const review = page.getByRole('region', { name: 'Révisions' });
	// At 6× on a loaded 2-core machine the database's code alone took over 10 s to arrive.
	await expect(review).toContainText("Rien à revoir pour l'instant.", { timeout: 30_000 });
	await expect(page.getByText(/^0 sur \d+ questions répondues/).first()).toBeVisible();
	await expect(page.getByRole('link', { name: /^Quiz : / }).first()).toBeVisible();
	const shift = await shifts(page);
	expect(shift).toBeLessThan(0.01);
});

/**
 * A scenario paints its first step before the database is read; coming back to a run left midway,
 * the stored step then takes its place. The player is drawn anew for it: nothing on screen moves.
 */
test('a resumed scenario replaces its first step without a jump', async ({ page }) => {
	await page.goto(PLAY);
	// The briefing, a decision and its outcome: the run now stands on its third step.
	for (let i = 0; i < 3; i++) await answerStep(page, 'fr');
	await expect(screenTitle(page)).toHaveClass(/step-title/);
	const step = await screenTitle(page).innerText();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	await page.reload();
	await expect(screenTitle(page)).toHaveText(step);
	expect(await shifts(page)).toBeLessThan(0.01);
});
