import { expect, test } from '@playwright/test';

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
	await expect(review).toContainText("Rien à revoir pour l'instant.");
	await expect(page.getByText(/^0 sur \d+ questions répondues/).first()).toBeVisible();
	await expect(page.getByRole('link', { name: /^Quiz : / }).first()).toBeVisible();
	// Once the last of them is painted (two frames on), every shift is in the page's buffer: a new
	// observer asked for buffered entries holds them at once, without waiting for a delivery.
	const shift = await page.evaluate(async () => {
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
	expect(shift).toBeLessThan(0.01);
});
