import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectHeading, hydrated, waitForServiceWorker } from './helpers';
import { inlineAddress, packFile, storePack } from './share-helpers';
import { playToDebrief } from './play';
import { MALFORMED_YAML, smallPack } from './share-packs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const opened = (title: string) => `Pack ouvert : ${title}`;

async function expectNoAxeViolations(page: import('@playwright/test').Page, state: string) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations, state).toEqual([]);
}

test('a pack inside a link opens, plays, and plays again offline after a reload @journey', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);

	await page.goto(inlineAddress(smallPack()));
	await storePack(page);
	await expect(page.getByRole('heading', { name: opened('Pack partagé') })).toBeFocused();
	await expect(
		page.getByText('Il est enregistré sur cet appareil et fonctionne hors ligne.')
	).toBeVisible();
	// The address now names the stored pack: no pack data left in the history.
	await expect(page).toHaveURL(/\/open\?opened=pack-partage$/);

	// The share panel gives the same pack back as a link, and its QR code.
	const link = await page.getByLabel('Lien à partager').inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open#p=1\.[\w-]+$/);
	expect(link.length).toBeLessThanOrEqual(2000);
	await page.getByRole('button', { name: 'Afficher le code QR' }).click();
	const qr = page.getByRole('img', { name: 'Code QR du lien vers « Pack partagé »' });
	await expect(qr).toBeVisible();
	expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
	await expect(page.getByText(/Ce code QR contient le lien ci-dessus/)).toBeVisible();
	await expectNoAxeViolations(page, 'opened with QR code');

	await page
		.getByRole('region', { name: opened('Pack partagé') })
		.getByRole('link', { name: 'Jouer : Scénario court' })
		.click();
	await playToDebrief(page, 'fr');

	await context.setOffline(true);
	const response = await page.reload();
	expect(response?.fromServiceWorker()).toBe(true);
	await playToDebrief(page, 'fr');

	// The screen itself opens offline and still lists the pack.
	const openScreen = await page.goto('/open');
	expect(openScreen?.fromServiceWorker()).toBe(true);
	await expectHeading(page, 'Ouvrir un pack');
	await expect(page.getByRole('heading', { name: 'Pack partagé', level: 3 })).toBeVisible();
	await context.setOffline(false);
});

test('a pack hosted on an https address opens through ?pack= and can be shared and removed @journey', async ({
	page
}) => {
	let requests = 0;
	await page.route('https://packs.example/**', async (route) => {
		requests++;
		await route.fulfill({
			status: 200,
			contentType: 'application/json',
			headers: { 'access-control-allow-origin': '*' },
			body: JSON.stringify(smallPack('pack-heberge'))
		});
	});
	const fileUrl = 'https://packs.example/equipe/pack.json';
	await page.goto(`/open?pack=${encodeURIComponent(fileUrl)}`);
	await storePack(page);
	await expect(page.getByRole('heading', { name: opened('Pack partagé') })).toBeVisible();
	expect(requests).toBe(1);
	await expect(
		page.getByText("Ce lien fait télécharger le pack depuis l'adresse où il est hébergé.")
	).toBeVisible();
	const link = new URL(await page.getByLabel('Lien à partager').inputValue());
	expect(link.pathname).toBe('/open');
	expect(link.searchParams.get('pack')).toBe(fileUrl);
	await expectNoAxeViolations(page, 'opened from a hosted file');

	// Imported packs can be removed; the screen says so.
	await page.getByRole('button', { name: 'Retirer « Pack partagé »' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'a été retiré' })).toBeVisible();
	await expect(page.getByText('Aucun pack importé sur cet appareil.')).toBeVisible();
	await page.goto('/play?pack=pack-heberge&scenario=court');
	await expect(
		page.getByText('Ce scénario est introuvable sur cet appareil.', { exact: false })
	).toBeVisible();
});

test('the open screen in each state has no axe violations, in light and dark mode', async ({
	page
}) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/open');
		await hydrated(page);
		await expectHeading(page, 'Ouvrir un pack');
		await expect(page.getByLabel('Lien du pack')).toBeVisible();
		await expectNoAxeViolations(page, `${colorScheme} idle`);

		await page
			.getByLabel('Fichier de pack (.yaml, .yml ou .json)')
			.setInputFiles(packFile('casse.yaml', MALFORMED_YAML));
		await expect(
			page.getByRole('heading', { name: /problèmes? dans « casse\.yaml »/ })
		).toBeVisible();
		await expectNoAxeViolations(page, `${colorScheme} problems`);

		await page.getByLabel('Lien du pack').fill('http://packs.example/pack.yaml');
		await page.getByRole('button', { name: 'Ouvrir le lien' }).click();
		await expect(page.getByRole('heading', { name: 'Pack refusé' })).toBeVisible();
		await expectNoAxeViolations(page, `${colorScheme} refused`);
	}
});

test("a shared pack's questions join practice only when chosen, and say which pack they come from", async ({
	page
}) => {
	await page.goto(inlineAddress(smallPack('pack-pratique')));
	const practice = page.getByRole('checkbox', { name: 'Ajouter ses questions à mon entraînement' });
	await expect(practice).not.toBeChecked();
	await storePack(page);
	await expect(page.getByRole('heading', { name: opened('Pack partagé') })).toBeVisible();

	// Not chosen: the default practice quiz holds the built-in questions only.
	await page.goto('/quiz');
	const matching = page.getByText(/^\d+ questions correspondent\.$/);
	const builtin = Number((await matching.textContent())!.split(' ')[0]);
	const choice = page
		.getByRole('group', { name: 'Packs importés dans mon entraînement' })
		.getByRole('checkbox', { name: 'Pack partagé' });
	await expect(choice).not.toBeChecked();
	await choice.check();
	const withPack = `${builtin + 1} questions correspondent.`;
	await expect(page.getByText(withPack)).toBeVisible();
	// The choice is stored: it is there after a reload.
	await page.reload();
	await expect(page.getByText(withPack)).toBeVisible();
	await expect(choice).toBeChecked();

	// In the quiz, its question names the pack it comes from.
	await page.goto('/quiz?pack=pack-pratique&start=1');
	await expect(page.getByRole('heading', { name: 'Question 1 sur 1' })).toBeVisible();
	await expect(page.getByText('Pack importé : Pack partagé')).toBeVisible();
});
