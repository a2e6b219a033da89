import { expect, test } from '@playwright/test';
import { chooseLanguage, hydrated } from './helpers';

test('debug language switch in editor', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e.stack ?? e)));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/authoring');
	await hydrated(page);
	await page.getByRole('button', { name: 'Copier ce pack comme brouillon' }).click();
	await expect(page).toHaveURL(/draft=/);
	await page.getByRole('button', { name: 'Tester depuis le début' }).click();
	await page.waitForTimeout(500);
	await chooseLanguage(page, 'nl');
	await page.waitForTimeout(1000);
	console.log(errors.join('\n---\n'));
	console.log(await page.locator('main').innerText());
});
