import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chooseLanguage, expectHeading, screens } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

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

test('text enlarged to 200% still fits a 360 px screen, in both languages', async ({ page }) => {
	for (const lang of ['fr', 'nl'] as const) {
		for (const screen of screens) {
			await page.goto(screen.path);
			if (lang === 'nl') await chooseLanguage(page, 'nl');
			await expectHeading(page, screen[lang]);
			// Through the CSSOM: the app's policy refuses an inline <style> element.
			await page.evaluate(() =>
				document.documentElement.style.setProperty('font-size', '200%', 'important')
			);
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'32px'
			);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${lang} ${screen.path}`).toBeLessThanOrEqual(0);
		}
	}
});
