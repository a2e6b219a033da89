import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parsePackText } from '../../src/lib/packs/parse';
import { chooseLanguage, hydrated, waitForServiceWorker } from './helpers';
import { playToDebrief } from './play';
import { validateManifest } from './scorm-validate';
import { storePack } from './share-helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function noAxeViolations(page: Page, where: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations, where).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const widths = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/** Fills a text in both languages, side by side in the form. */
async function bilingual(scope: Locator, label: string, fr: string, nl: string): Promise<void> {
	await scope.getByLabel(`${label} (français)`, { exact: true }).fill(fr);
	if (nl) await scope.getByLabel(`${label} (néerlandais)`, { exact: true }).fill(nl);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openStep(page: Page, id: string): Promise<Locator> {
	await page.getByRole('button', { name: new RegExp(`^Étape ${id},`) }).press('Enter');
	const form = region(page, `Étape ${id}`);
	await expect(form.getByRole('heading', { name: `Étape ${id}` })).toBeFocused();
	return form;
}

async function addStep(page: Page, kind: string, id: string): Promise<Locator> {
	await page.getByLabel('Type de la nouvelle étape').selectOption({ label: kind });
	await page.getByRole('button', { name: "Ajouter l'étape" }).click();
	const form = region(page, `Étape ${id}`);
	await expect(form).toBeVisible();
	return form;
}

test('an instructor writes, checks, play-tests, exports and shares a bilingual scenario that a trainee plays offline @journey', async ({
	page,
	browser
}, testInfo) => {
	// Write, check, play-test, export, share, and a trainee plays it offline: a long journey.
	test.slow();
	await page.goto('/authoring');
	await hydrated(page);
	await noAxeViolations(page, 'drafts list');
	await page.getByRole('button', { name: 'Commencer un pack vide' }).click();
	await expect(page).toHaveURL(/\/authoring\?draft=/);

	const meta = region(page, 'Informations du pack');
	await bilingual(meta, 'Titre', 'Le partage avec la VSSE', 'Delen met de VSSE');
	await bilingual(meta, 'Description', 'Un court exercice.', 'Een korte oefening.');
	await meta.getByRole('button', { name: 'Ajouter une source' }).click();
	await meta.getByLabel('Titre du document').fill('Partenaires nationaux');

	const scenarios = region(page, 'Scénarios');
	await scenarios.getByRole('button', { name: 'Ajouter un scénario' }).click();
	await bilingual(scenarios, 'Titre du scénario', 'Qui prévenir ?', 'Wie verwittigen?');
	await bilingual(scenarios, 'Résumé', 'Un signal arrive.', 'Er komt een signaal.');

	// The briefing (the first step of a new scenario), opened from the graph with the keyboard.
	const brief = await openStep(page, 'start');
	await bilingual(
		brief,
		'Texte',
		'Un partenaire signale un départ.',
		'Een partner meldt een vertrek.'
	);

	const partners = await addStep(page, 'Choix des partenaires', 's1');
	await bilingual(partners, 'Texte', 'Qui associer ?', 'Wie betrekken?');
	await partners.getByRole('button', { name: 'Ajouter un partenaire' }).click();
	await partners.getByRole('button', { name: 'Ajouter un partenaire' }).click();
	await partners.getByLabel('Évaluation').first().selectOption({ label: 'Essentiel' });
	const why = partners.getByLabel('Pourquoi (français)', { exact: true });
	const waarom = partners.getByLabel('Pourquoi (néerlandais)', { exact: true });
	await why.nth(0).fill('Service de renseignement civil.');
	await waarom.nth(0).fill('Civiele inlichtingendienst.');
	await why.nth(1).fill('Utile aussi.');
	await waarom.nth(1).fill('Ook nuttig.');
	await bilingual(partners, 'Explication (débriefing)', 'La VSSE d’abord.', 'Eerst de VSSE.');
	await partners
		.getByLabel('Extrait exact de la source')
		.fill('la VSSE dispose d’officiers de liaison');

	// A step that leads nowhere yet: the problem shows next to the field and in the list.
	const next = partners.getByRole('combobox', { name: "Aller à l'étape" });
	await expect(next).toHaveAttribute('aria-invalid', 'true');
	await expect(partners.getByText('Le champ obligatoire « next » manque.')).toBeVisible();
	const problems = region(page, 'Vérification du pack');
	const listed = problems.getByRole('button', { name: /steps\.s1\.next.*manque/ });
	await expect(listed).toBeVisible();

	const win = await addStep(page, 'Fin', 'end-1');
	await bilingual(win, 'Texte', 'L’information arrive à temps.', 'De informatie komt op tijd.');
	const lose = await addStep(page, 'Fin', 'end-2');
	await lose.getByLabel('Issue').selectOption({ label: 'Échec' });
	await bilingual(lose, 'Texte', 'L’occasion est manquée.', '');
	// The briefing leads to the partners; the partners step branches to the two endings.
	await (await openStep(page, 'start')).getByLabel("Aller à l'étape").selectOption('s1');
	await page.getByRole('button', { name: /s1\.next.*manque/ }).click();
	const p = region(page, 'Étape s1');
	await expect(p.getByRole('combobox', { name: "Aller à l'étape" })).toBeFocused();
	await p.getByRole('button', { name: 'Suite selon une condition' }).click();
	await p
		.getByLabel('Si', { exact: true })
		.selectOption({ label: 'un partenaire essentiel a été oublié' });
	await p.getByLabel("Aller à l'étape").nth(0).selectOption('end-2');
	await p.getByLabel("Aller à l'étape").nth(1).selectOption('end-1');
	// The Dutch text left empty: the list leads to the Dutch field, where the problem is shown.
	await problems.getByRole('button', { name: /end-2\.text\.nl.*vide/ }).click();
	const dutch = lose.getByLabel('Texte (néerlandais)', { exact: true });
	await expect(dutch).toBeFocused();
	await expect(dutch).toHaveAttribute('aria-invalid', 'true');
	await expect(lose.getByText('Le texte en « nl » est vide.')).toBeVisible();
	await dutch.fill('De kans is gemist.');
	await expect(dutch).not.toHaveAttribute('aria-invalid');

	await expect(problems.getByText(/Erreurs : 0/)).toBeVisible();
	await expect(page.getByRole('button', { name: /^Étape end-2, Fin\. fin$/ })).toBeVisible();
	await noAxeViolations(page, 'editor');
	await expectNoHorizontalScroll(page);

	// Undo and redo the last change.
	await page.getByRole('button', { name: 'Annuler', exact: true }).click();
	await expect(problems.getByText(/Erreurs : [1-9]/)).toBeVisible();
	await page.keyboard.press('Control+Shift+Z');
	await expect(problems.getByText(/Erreurs : 0/)).toBeVisible();

	// Play-test from the start with the real player, to the debrief, and back.
	await scenarios.getByRole('button', { name: 'Tester depuis le début' }).click();
	await expect(page.getByRole('heading', { name: 'Essai du scénario' })).toBeVisible();
	await page.getByRole('button', { name: 'Continuer', exact: true }).click();
	await page.locator('main button[aria-pressed="false"]').first().click();
	await page.getByRole('button', { name: /^Confirmer/ }).click();
	await page.getByRole('button', { name: 'Continuer', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Débriefing', level: 2 })).toBeVisible();
	await noAxeViolations(page, 'play-test');
	await page.getByRole('button', { name: "Retour à l'éditeur" }).click();
	await expect(
		page.getByRole('heading', { name: 'Le partage avec la VSSE', level: 2 })
	).toBeVisible();

	// Autosaved: a reload finds the draft as it was.
	await expect(page.getByText('Enregistré sur cet appareil')).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(
		region(page, 'Informations du pack').getByLabel('Titre (néerlandais)', { exact: true })
	).toHaveValue('Delen met de VSSE');
	await expect(region(page, 'Vérification du pack').getByText(/Erreurs : 0/)).toBeVisible();

	// Export: the downloaded file passes the same validator as the CLI.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Télécharger en YAML' }).click();
	const download = await downloading;
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	expect(download.suggestedFilename()).toMatch(/^pack-[a-z0-9]+\.yaml$/);
	const read = parsePackText(readFileSync(file, 'utf8'), file);
	expect(read.ok ? [] : read.issues).toEqual([]);
	if (read.ok) {
		expect(read.pack.title).toEqual({ fr: 'Le partage avec la VSSE', nl: 'Delen met de VSSE' });
		expect(Object.keys(read.pack.scenarios[0]!.steps)).toEqual(['start', 's1', 'end-1', 'end-2']);
	}

	// Sharing: the valid pack fits in a link (and its QR code) for the trainees.
	const link = await page.getByLabel('Lien à partager').inputValue();
	expect(link).toMatch(/\/open#p=1\.[\w-]+$/);

	// The draft is listed.
	await page.getByRole('link', { name: 'Mes brouillons' }).click();
	await expect(page.getByRole('link', { name: 'Le partage avec la VSSE' })).toBeVisible();

	// A trainee, on another phone, opens the exported file through a link to where the instructor
	// put it (any https host), plays it, and plays it again offline after a reload.
	const phone = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true,
		locale: 'fr-BE',
		serviceWorkers: 'allow'
	});
	const hosted = 'https://packs.example/formation/partage.yaml';
	await phone.route(hosted, (route) =>
		route.fulfill({
			contentType: 'application/yaml',
			headers: { 'access-control-allow-origin': '*' },
			body: readFileSync(file, 'utf8')
		})
	);
	const trainee = await phone.newPage();
	await trainee.goto(new URL(`/open?pack=${encodeURIComponent(hosted)}`, page.url()).href);
	await storePack(trainee);
	const opened = trainee.getByRole('region', { name: 'Pack ouvert : Le partage avec la VSSE' });
	await expect(opened).toBeVisible();
	await expect(
		trainee.getByText('Il est enregistré sur cet appareil et fonctionne hors ligne.')
	).toBeVisible();
	await waitForServiceWorker(trainee);
	await opened.getByRole('link', { name: 'Jouer : Qui prévenir ?' }).click();
	await expect(trainee.getByText('Étape 1')).toBeVisible();
	await playToDebrief(trainee, 'fr');
	await phone.unroute(hosted);
	await phone.setOffline(true);
	expect((await trainee.reload())?.fromServiceWorker()).toBe(true);
	await expect(trainee.getByText('Étape 1')).toBeVisible();
	await playToDebrief(trainee, 'fr');
	await phone.close();
});

test.describe('dark mode, in Dutch', () => {
	test.use({ colorScheme: 'dark' });

	test('a copy of a built-in pack opens with its graph and no errors', async ({ page }) => {
		await page.goto('/authoring');
		await chooseLanguage(page, 'nl');
		await noAxeViolations(page, 'drafts list (nl, dark)');
		await page.getByRole('button', { name: 'Dit pakket als ontwerp kopiëren' }).click();
		await expect(page).toHaveURL(/\/authoring\?draft=/);
		const problems = region(page, 'Controle van het pakket');
		await expect(problems.getByText(/Fouten: 0|Geen problemen/)).toBeVisible();
		await expect(page.getByRole('button', { name: /^Stap .*begin/ })).toBeVisible();
		await expectNoHorizontalScroll(page);
		await noAxeViolations(page, 'editor with a built-in copy (nl, dark)');
	});
});

test('a pack file and a GIFT bank are opened for editing; what GIFT cannot hold is listed', async ({
	page
}) => {
	await page.goto('/authoring');
	await hydrated(page);
	await page
		.getByLabel('Ouvrir un fichier de pack (.yaml, .yml, .json) pour le modifier')
		.setInputFiles('tests/fixtures/packs/valid/guide-example.yaml');
	await expect(page).toHaveURL(/\/authoring\?draft=/);
	await expect(page.getByRole('heading', { name: 'Exemple du guide', level: 2 })).toBeVisible();
	const questions = page.getByRole('region', { name: /^Questions du quiz/ });
	await expect(questions.getByRole('heading')).toHaveText('Questions du quiz (7)');
	await questions
		.getByLabel('Fichier GIFT, Aiken ou Moodle XML (.gift, .txt, .xml)')
		.setInputFiles('tests/fixtures/banks/every-kind.gift');
	await expect(questions.getByText(/questions? ajoutées?\./)).toBeVisible();
	await expect(
		questions.getByText(/n'ont pas pu être repris|n'a pas pu être repris/)
	).toBeVisible();
	await expect(questions.locator('.skipped li').first()).toContainText('ligne');
	await noAxeViolations(page, 'editor after a bank import');
});

test('the SCORM package of the pack being edited downloads from the editor, valid and the same as the command makes', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	const source = 'tests/fixtures/packs/valid/guide-example.yaml';
	await page.goto('/authoring');
	await hydrated(page);
	await page
		.getByLabel('Ouvrir un fichier de pack (.yaml, .yml, .json) pour le modifier')
		.setInputFiles(source);
	await expect(page.getByRole('heading', { name: 'Exemple du guide', level: 2 })).toBeVisible();
	const scorm = page.getByRole('group', { name: 'Paquet SCORM pour une plateforme de formation' });
	await scorm.getByLabel('Version SCORM').selectOption('2004');
	const downloading = page.waitForEvent('download');
	await scorm.getByRole('button', { name: 'Télécharger le paquet SCORM (.zip)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('exemple-guide-liaison-info-scorm2004.zip');
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	await expect(scorm.getByText(/^Paquet téléchargé : [\d,]+\sko, \d+ fichiers\.$/)).toBeVisible();
	await noAxeViolations(page, 'editor after a SCORM export');

	const files = unzipSync(new Uint8Array(readFileSync(file)));
	const manifest = strFromU8(files['imsmanifest.xml']!);
	const valid = await validateManifest(manifest, '2004');
	expect(valid.errors).toEqual([]);
	const named = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
	expect(named.sort()).toEqual(
		Object.keys(files)
			.filter((f) => f !== 'imsmanifest.xml')
			.sort()
	);

	// The command, on the same pack file: the same files (the player built the same way, the same
	// manifest), and the same pack inside.
	const cli = testInfo.outputPath('cli.zip');
	execFileSync(
		'node_modules/.bin/tsx',
		['src/cli/pack-scorm.ts', source, '--version', '2004', '--out', cli],
		{ stdio: 'pipe' }
	);
	const expected = unzipSync(new Uint8Array(readFileSync(cli)));
	expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
	for (const name of Object.keys(expected).filter((n) => n !== 'liaison-pack.json')) {
		expect(Buffer.from(files[name]!).equals(Buffer.from(expected[name]!)), name).toBe(true);
	}
	const packOf = (bytes: Uint8Array) => JSON.parse(strFromU8(bytes)) as unknown;
	expect(packOf(files['liaison-pack.json']!)).toEqual(packOf(expected['liaison-pack.json']!));
});
