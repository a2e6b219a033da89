import { expect, test } from '@playwright/test';

/**
 * The home screen paints before the database and its strings are loaded; what arrives later (the
 * review card, progress lines, quiz links) must fill places kept for it, not push the packs down
 * under the learner's thumb. A slowed CPU makes the first paint come before the data, as on a phone.
 */
test('the home screen does not jump while progress and strings load', async ({ page }) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
	await page.addInitScript(() => {
		const w = window as unknown as { layoutShift: number };
		w.layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) w.layoutShift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	const review = page.getByRole('region', { name: 'Révisions' });
	await expect(review).toContainText("Rien à revoir pour l'instant.");
	await expect(page.getByText(/^0 sur \d+ questions répondues/).first()).toBeVisible();
	await expect(page.getByRole('link', { name: /^Quiz : / }).first()).toBeVisible();
	await page.waitForTimeout(500);
	const shift = await page.evaluate(
		() => (window as unknown as { layoutShift: number }).layoutShift
	);
	expect(shift).toBeLessThan(0.01);
});
