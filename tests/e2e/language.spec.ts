import { expect, test } from '@playwright/test';
import { chooseLanguage, expectHeading, hydrated } from './helpers';

test.describe('language', () => {
	test('opens in French for a browser set to fr-BE', async ({ page }) => {
		await page.goto('/');
		await expectHeading(page, 'Scénarios');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
		await expect(
			page.getByRole('heading', {
				name: 'Plan R : de la Task Force Locale aux partenaires de la VSSE'
			})
		).toBeVisible();
	});

	test.describe('Dutch browser', () => {
		test.use({ locale: 'nl-BE' });
		test('opens in Dutch for a browser set to nl-BE', async ({ page }) => {
			await page.goto('/');
			await expectHeading(page, "Scenario's");
			await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
			// The Dutch pages live under /nl; links stay there.
			await expect(page).toHaveURL(/\/nl$/);
			await expect(page.getByRole('link', { name: 'Instellingen' })).toHaveAttribute(
				'href',
				'/nl/settings'
			);
			await expect(page.getByRole('link', { name: 'Instellingen' })).toBeVisible();
			await expect(
				page.getByRole('heading', {
					name: 'Plan R: van de Lokale Taskforce tot de partners van de VSSE'
				})
			).toBeVisible();
		});
	});

	test('the switcher changes the text and <html lang> at once, and remembers the choice', async ({
		page
	}) => {
		await page.goto('/settings');
		await expectHeading(page, 'Réglages');
		const marker = await page.evaluate(() => ((window as { marker?: number }).marker = 42));

		await chooseLanguage(page, 'nl');
		await expectHeading(page, 'Instellingen');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		// The same screen's Dutch address, in place of the French one.
		await expect(page).toHaveURL(/\/nl\/settings$/);
		await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		// Switching did not reload the page.
		expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(marker);

		await page.reload();
		await expectHeading(page, 'Instellingen');

		await chooseLanguage(page, 'fr');
		await expectHeading(page, 'Réglages');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page).toHaveURL(/\/settings$/);
		expect(new URL(page.url()).pathname).toBe('/settings');
	});

	test('a deep link keeps its screen and query in the other language', async ({ page }) => {
		await page.goto('/nl/play?pack=plan-r&scenario=plan-r-ardenval');
		// A French browser without a saved choice: the French page of the same step.
		await expect(page).toHaveURL(/\/play\?pack=plan-r&scenario=plan-r-ardenval$/);
		expect(new URL(page.url()).pathname).toBe('/play');
		await expect(page.getByRole('heading', { name: 'Signaux faibles à Ardenval' })).toBeAttached();
		await chooseLanguage(page, 'nl');
		await expect(page).toHaveURL(/\/nl\/play\?pack=plan-r&scenario=plan-r-ardenval$/);
		await expect(page.getByRole('heading', { name: 'Zwakke signalen in Ardenval' })).toBeAttached();
	});

	test('nothing overflows a 360 px wide screen in either language', async ({ page }) => {
		for (const lang of ['Français', 'Nederlands']) {
			await page.goto('/settings');
			await hydrated(page);
			await page.getByRole('button', { name: lang }).click();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
		}
	});
});
