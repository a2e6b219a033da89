import { expect, test, type Page } from '@playwright/test';
import { answerQuestion, chooseLanguage, hydrated } from './helpers';
import { expectNothingInjected, watchDialogs } from './injection';
import { answerStep, playToDebrief } from './play';
import { inlineAddress, packFile, storePack } from './share-helpers';
import {
	ENTITY_PAYLOAD,
	hostileEveryFieldPack,
	hostilePlayablePack,
	hostileRefusedPack,
	MALFORMED_YAML,
	PLAIN_PAYLOAD,
	smallPack
} from './share-packs';

const fileInput = (page: Page) => page.getByLabel('Fichier de pack (.yaml, .yml ou .json)');

test('a pack full of script payloads, opened by a link and from a file, plays to its debrief as plain text', async ({
	page
}) => {
	const dialogs = watchDialogs(page);
	const sources = [
		{
			id: 'pack-hostile-lien',
			open: () => page.goto(inlineAddress(hostilePlayablePack('pack-hostile-lien')))
		},
		{
			id: 'pack-hostile-fichier',
			open: async () => {
				await page.goto('/open');
				await hydrated(page);
				await fileInput(page).setInputFiles(
					packFile('hostile.json', JSON.stringify(hostilePlayablePack('pack-hostile-fichier')))
				);
			}
		}
	];
	for (const source of sources) {
		await source.open();
		await storePack(page);
		const opened = page.getByRole('region', { name: /^Pack ouvert : Pack partagé/ });
		await expect(opened).toBeVisible();
		// The title's entities are shown as typed, never decoded into markup.
		await expect(opened.getByRole('heading', { level: 2 }).first()).toContainText(
			'&lt;script&gt;window.__pwned=6&lt;/script&gt;'
		);
		await expectNothingInjected(page, dialogs);

		await opened.getByRole('link', { name: /^Jouer : Scénario court/ }).click();
		await playToDebrief(page, 'fr');
		// The citation (a plain string) shows every payload as text.
		await expect(page.locator('.debrief blockquote').first()).toContainText(PLAIN_PAYLOAD);
		await expect(
			page.locator('main').getByText('<script>window.__pwned=6</script>').first()
		).toBeVisible();
		await expectNothingInjected(page, dialogs);
	}
});

test('a pack with raw HTML, javascript: links and prototype keys is refused by link and by file, its problems shown as text', async ({
	page
}) => {
	const dialogs = watchDialogs(page);
	await page.goto(inlineAddress(hostileRefusedPack()));
	const problems = page.getByRole('heading', { name: /problèmes dans « pack du lien »/ });
	await expect(problems).toBeVisible();
	await expect(
		page.getByText('Le nom de champ « __proto__ » est réservé et interdit.')
	).toBeVisible();
	await expect(page.getByText(/javascript:window\.__pwned=8/).first()).toBeVisible();
	await expectNothingInjected(page, dialogs);

	await fileInput(page).setInputFiles(
		packFile('refuse.json', JSON.stringify(hostileRefusedPack()))
	);
	await expect(
		page.getByRole('heading', { name: /problèmes dans « refuse\.json »/ })
	).toBeVisible();
	await expectNothingInjected(page, dialogs);

	// Nothing was stored.
	await expect(page.getByText('Aucun pack importé sur cet appareil.')).toBeVisible();
	await page.goto('/play?pack=pack-refuse&scenario=court');
	await expect(page.getByText('Ce scénario est introuvable sur cet appareil.')).toBeVisible();
});

test('a pack with payloads in every text field plays through every step kind, quizzes and edits as plain text', async ({
	page
}) => {
	test.slow();
	const dialogs = watchDialogs(page);
	const file = packFile('piege.json', JSON.stringify(hostileEveryFieldPack()));
	// Every Markdown text carries this marker; it must show as text wherever it is rendered.
	const marker = page
		.locator('main')
		.getByText(/window\.__pwned=6/)
		.first();

	await page.goto('/open');
	await hydrated(page);
	await fileInput(page).setInputFiles(file);
	await storePack(page);
	const opened = page.getByRole('region', { name: /^Pack ouvert : Pack piégé/ });
	await expect(opened).toBeVisible();
	await expectNothingInjected(page, dialogs, 'opened');

	// The scenario: briefing with an image, decision, partners, ordering, embedded question, ending.
	await opened.getByRole('link', { name: /^Jouer : Les officiers de liaison/ }).click();
	await expect(page.getByText('Étape 1')).toBeVisible();
	await expect(page.locator('main img')).toHaveAttribute('alt', /^Carte &lt;script&gt;/);
	const debrief = page.getByRole('heading', { name: 'Débriefing', level: 2 });
	const seen: string[] = [];
	for (let i = 0; i < 30 && !(await debrief.isVisible()); i++) {
		await expect(marker).toBeVisible();
		seen.push(await page.locator('main').innerText());
		await expectNothingInjected(page, dialogs, `scenario, screen ${i + 1}`);
		await answerStep(page, 'fr');
	}
	await expect(debrief).toBeVisible();
	const played = seen.join('\n');
	for (const text of ['ACT0', 'Acteur 0', 'Recevoir', 'Question q-step', 'Ce qui se passe']) {
		expect(played, text).toContain(text);
	}
	await expect(page.locator('.debrief blockquote').first()).toContainText(PLAIN_PAYLOAD);
	await expect(marker).toBeVisible();
	await expectNothingInjected(page, dialogs, 'debrief');

	// Every question kind, in practice: verdict, option feedback, explanation and source.
	await page.goto('/quiz?pack=pack-hostile-complet');
	await hydrated(page);
	await page.getByRole('button', { name: "Commencer l'entraînement" }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 sur 7' })).toBeVisible();
	const verdict = page.getByRole('heading', {
		level: 2,
		name: /^(Bonne réponse|Réponse incorrecte|Réponse en partie juste)/
	});
	const quizzed: string[] = [];
	for (let n = 1; n <= 7; n++) {
		await expect(page.getByRole('heading', { name: `Question ${n} sur 7` })).toBeVisible();
		await expect(marker).toBeVisible();
		await expectNothingInjected(page, dialogs, `question ${n}`);
		await answerQuestion(page, 'fr', n);
		await expect(verdict).toBeVisible();
		await expect(page.locator('main figure blockquote')).toContainText(PLAIN_PAYLOAD);
		quizzed.push(await page.locator('main').innerText());
		await expectNothingInjected(page, dialogs, `feedback ${n}`);
		await page.getByRole('button', { name: /^(Question suivante|Voir le résultat)$/ }).click();
	}
	await expect(page.getByRole('heading', { level: 2, name: 'Résultat' })).toBeVisible();
	await expectNothingInjected(page, dialogs, 'quiz summary');
	// Option feedback, the numeric unit and the pairs to match were all shown.
	for (const text of ['Avis', 'projets', 'VSSE', 'Renseignement militaire']) {
		expect(quizzed.join('\n'), text).toContain(text);
	}

	// The authoring editor: every field of the draft, its graph, a step's form.
	await page.goto('/authoring');
	await hydrated(page);
	await page
		.getByLabel('Ouvrir un fichier de pack (.yaml, .yml, .json) pour le modifier')
		.setInputFiles(file);
	await expect(page).toHaveURL(/\/authoring\?draft=/);
	await expect(page.getByRole('heading', { level: 2, name: /^Pack piégé/ })).toBeVisible();
	await page.getByRole('button', { name: /^Étape partners,/ }).press('Enter');
	await expect(page.getByRole('heading', { name: 'Étape partners' })).toBeFocused();
	const values = await page
		.locator('main input, main textarea')
		.evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
	expect(values).toContain(`Oui ${ENTITY_PAYLOAD}`);
	expect(values).toContain(PLAIN_PAYLOAD);
	await expectNothingInjected(page, dialogs, 'authoring');
});

test('an http:// pack link is refused with a clear message, by address and when pasted', async ({
	page
}) => {
	let requests = 0;
	await page.route('http://packs.example/**', (route) => {
		requests++;
		return route.abort();
	});
	const message = /seules les adresses https:\/\/ .* sont acceptées/;
	await page.goto('/open?pack=http://packs.example/pack.yaml');
	await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();

	await page.getByLabel('Lien du pack').fill('http://packs.example/pack.yaml');
	await page.getByRole('button', { name: 'Ouvrir le lien' }).click();
	await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
	await page.getByLabel('Lien du pack').fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Ouvrir le lien' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'seules les adresses https://' })
	).toBeVisible();
	expect(requests).toBe(0);
});

test('an oversized pack is refused before it is parsed, from an address and from a file', async ({
	page
}) => {
	const big = Buffer.alloc(5 * 1024 * 1024, 'a');
	await page.route('https://packs.example/**', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/yaml',
			headers: { 'access-control-allow-origin': '*' },
			body: big
		})
	);
	const tooLarge = /dépasse la taille maximale d'un pack \(4\sMo\)\. Il n'a pas été lu\./;
	await page.goto('/open?pack=https://packs.example/enorme.yaml');
	await expect(page.getByRole('alert').filter({ hasText: tooLarge })).toBeVisible();
	// Refused as a whole, not listed as a parsing problem.
	await expect(page.getByRole('heading', { name: /problème/ })).toHaveCount(0);

	await fileInput(page).setInputFiles(packFile('enorme.yaml', big));
	const alert = page.getByRole('alert').filter({ hasText: tooLarge });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('enorme.yaml');
});

for (const lang of ['fr', 'nl'] as const) {
	test(`a malformed pack file shows its problems with file name and place, and nothing is stored (${lang})`, async ({
		page
	}) => {
		await page.goto('/open');
		if (lang === 'nl') await chooseLanguage(page, 'nl');
		await hydrated(page);
		await page
			.getByLabel(
				lang === 'fr'
					? 'Fichier de pack (.yaml, .yml ou .json)'
					: 'Pakketbestand (.yaml, .yml of .json)'
			)
			.setInputFiles(packFile('casse.yaml', MALFORMED_YAML));
		const heading = page.getByRole('heading', {
			name: lang === 'fr' ? /\d+ problèmes dans « casse\.yaml »/ : /\d+ problemen in „casse\.yaml”/
		});
		await expect(heading).toBeVisible();
		await expect(heading).toBeFocused();
		const items = page.locator('.problems li');
		const format = items.filter({ has: page.locator('code', { hasText: /^format$/ }) });
		const id = items.filter({ has: page.locator('code', { hasText: /^id$/ }) });
		await expect(format).toHaveCount(1);
		await expect(id).toHaveCount(1);
		if (lang === 'fr') {
			await expect(format).toContainText('Endroit');
			await expect(format).toContainText('Valeur non autorisée');
			await expect(id).toContainText('Identifiant de pack invalide');
		} else {
			await expect(format).toContainText('Plaats');
			await expect(format).toContainText('Niet-toegestane waarde');
		}
		await expect(
			page.getByText(
				lang === 'fr'
					? 'Aucun pack importé sur cet appareil.'
					: 'Geen geïmporteerde pakketten op dit toestel.'
			)
		).toBeVisible();
	});
}

test('a hostile or clashing pack never damages stored progress', async ({ page }) => {
	const dialogs = watchDialogs(page);
	const play = '/play?pack=plan-r&scenario=plan-r-ardenval';
	await page.goto(play);
	await expect(page.getByText('Étape 1')).toBeVisible();
	const main = page.locator('main');
	for (let i = 0; i < 6 && (await page.getByText('Étape 3').count()) === 0; i++) {
		const proceed = main.getByRole('button', { name: 'Continuer', exact: true });
		if (await proceed.isVisible()) {
			await proceed.click();
			continue;
		}
		const radio = main.getByRole('radio').first();
		if (await radio.isVisible()) await radio.check();
		const partner = main.locator('button[aria-pressed="false"]').first();
		if (await partner.isVisible()) await partner.click();
		await main.getByRole('button', { name: /^(Valider|Confirmer)/ }).click();
	}
	const stepLabel = page.getByText(/^Étape \d+$/);
	await expect(stepLabel).toBeVisible();
	const label = await stepLabel.innerText();
	expect(label).not.toBe('Étape 1');

	// A pack refused by the validator, then a valid pack that tries to take a built-in pack's id.
	await page.goto(inlineAddress(hostileRefusedPack()));
	await expect(page.getByRole('heading', { name: /problèmes dans/ })).toBeVisible();
	await page.goto(inlineAddress(smallPack('plan-r')));
	await expect(
		page.getByRole('alert').filter({ hasText: "l'identifiant d'un pack fourni avec l'application" })
	).toBeVisible();
	await fileInput(page).setInputFiles(
		packFile('plan-r.yaml', MALFORMED_YAML.replace('Mauvais Id', 'plan-r'))
	);
	await expect(
		page.getByRole('heading', { name: /problèmes? dans « plan-r\.yaml »/ })
	).toBeVisible();

	await page.goto(play);
	await expect(page.getByText(label, { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Signaux faibles/);
	await expectNothingInjected(page, dialogs);
});
