/**
 * A class debrief from start to end: an instructor starts a session, three trainees (French and
 * Dutch) open it by its link, play different paths and share their results — by file, by link and
 * by a QR code read through Chromium's fake camera — and the class view counts exactly what they
 * chose. Hostile results are refused with their reasons and change nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import {
	chromium,
	expect,
	test,
	type BrowserContext,
	type Page,
	type TestInfo
} from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from '../../playwright.config';
import { qrTexts } from '../../src/lib/class/chunks';
import { decodeResult, payloadFrom, resultLink } from '../../src/lib/class/codec';
import { sealResult } from '../../src/lib/class/format';
import { encodePayload } from '../../src/lib/sharing/link-codec';
import { makePack } from '../factories/packs';
import { chooseLanguage, hydrated, type Lang } from './helpers';
import { answerStep } from './play';
import { inlineAddress, storePack } from './share-helpers';
import { writeQrVideo } from './class-camera';

const pack = makePack();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const debriefHeading = { fr: 'Débriefing', nl: 'Debriefing' };
const share = {
	fr: { name: 'Nom affiché', make: 'Créer mon résultat', link: 'Lien du résultat' },
	nl: { name: 'Weergavenaam', make: 'Mijn resultaat maken', link: 'Link van het resultaat' }
};

async function installPack(page: Page) {
	await page.goto(inlineAddress(pack));
	// The pack is shown first and stored only once the trainee agrees.
	await storePack(page);
	await expect(page.getByRole('heading', { name: 'Pack ouvert : Pack de test' })).toBeVisible();
}

/** Plays to the debrief; `keep` takes the decision's second choice, ending the play early. */
async function play(page: Page, lang: Lang, keep: boolean) {
	const debrief = page.getByRole('heading', { name: debriefHeading[lang], level: 2 });
	for (let i = 0; i < 20 && !(await debrief.isVisible()); i++) {
		const keepChoice = page.getByRole('radio', { name: /Garder/ });
		if (keep && (await keepChoice.isVisible())) {
			await keepChoice.check();
			await page.getByRole('button', { name: lang === 'fr' ? /^Valider/ : /^Bevestigen/ }).click();
			continue;
		}
		await answerStep(page, lang);
	}
	await expect(debrief).toBeVisible();
}

async function trainee(
	context: BrowserContext,
	link: string,
	lang: Lang,
	name: string,
	keep: boolean
): Promise<{ page: Page; link: string }> {
	const page = await context.newPage();
	await installPack(page);
	await page.goto(link);
	if (lang === 'nl') await chooseLanguage(page, 'nl');
	else await hydrated(page);
	await expect(
		page.getByText(
			lang === 'fr'
				? 'Vos résultats ne sont partagés que si vous le choisissez.'
				: 'Uw resultaten worden alleen gedeeld als u dat kiest.'
		)
	).toBeVisible();
	await play(page, lang, keep);
	await page.getByLabel(share[lang].name).fill(name);
	await page.getByRole('button', { name: share[lang].make }).click();
	const resultLink = await page.getByLabel(share[lang].link).inputValue();
	return { page, link: resultLink };
}

async function attach(page: Page, testInfo: TestInfo, lang: Lang) {
	const path = testInfo.outputPath(`class-view-${lang}.png`);
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach(`class-view-${lang}`, { path, contentType: 'image/png' });
}

test('a class session from invitation to debrief, results by file, link and camera', async ({
	browser
}, testInfo) => {
	test.setTimeout(240_000);
	const dir = mkdtempSync(join(tmpdir(), 'liaison-class-'));
	const video = join(dir, 'qr.y4m');
	writeQrVideo(video, 'not yet');
	const instructor = await chromium.launchPersistentContext(join(dir, 'profile'), {
		executablePath: chromiumLaunch.executablePath,
		args: [
			...chromiumLaunch.args,
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		],
		baseURL: testInfo.project.use.baseURL,
		viewport: { width: 1280, height: 900 },
		locale: 'fr-BE',
		permissions: ['camera'],
		acceptDownloads: true
	});
	const teacher = instructor.pages()[0] ?? (await instructor.newPage());
	await installPack(teacher);

	// The instructor starts a session.
	await teacher.goto('/class');
	await expect(teacher.getByRole('heading', { level: 1, name: 'Séances de classe' })).toBeVisible();
	expect((await new AxeBuilder({ page: teacher }).withTags(WCAG).analyze()).violations).toEqual([]);
	await teacher.getByLabel('Nom de la séance').fill('Plan R — promotion 2027, groupe B');
	await teacher.getByLabel('Pack', { exact: true }).selectOption({ label: 'Pack de test · 1.0.0' });
	await teacher
		.getByLabel('Scénario ou examen')
		.selectOption({ label: 'Scénario : Les officiers de liaison' });
	await teacher.getByRole('button', { name: 'Créer la séance' }).click();
	await expect(
		teacher.getByRole('heading', { level: 1, name: 'Plan R — promotion 2027, groupe B' })
	).toBeVisible();
	const invite = await teacher.getByLabel('Lien pour les stagiaires').inputValue();
	expect(invite).toMatch(/\/play\?pack=test-pack&scenario=liaison-basics&session=/);
	await expect(
		teacher.getByRole('img', { name: 'Code QR de la séance pour les stagiaires' })
	).toBeVisible();

	// Three trainees, in their own browsers, French and Dutch.
	const contexts = await Promise.all(
		[1, 2, 3].map(() => browser.newContext({ acceptDownloads: true }))
	);
	const alice = await trainee(contexts[0]!, invite, 'fr', '<b>Alice</b>', false);
	const bram = await trainee(contexts[1]!, invite, 'nl', 'Bram', true);
	const chloe = await trainee(contexts[2]!, invite, 'fr', 'Chloé', false);

	// Alice sends a file.
	const [download] = await Promise.all([
		alice.page.waitForEvent('download'),
		alice.page.getByRole('link', { name: 'Télécharger le fichier' }).click()
	]);
	const file = join(dir, download.suggestedFilename());
	await download.saveAs(file);
	await teacher.getByLabel('Importer des fichiers de résultat').setInputFiles(file);
	await expect(teacher.getByText(/résultat de « <b>Alice<\/b> » ajouté/)).toBeVisible();

	// Bram's result arrives as a numbered sequence scanned out of order (pasted here)…
	const payload = payloadFrom(bram.link)!;
	const parts = qrTexts(bram.link, payload, 80).reverse();
	expect(parts.length).toBeGreaterThan(2);
	await teacher.getByLabel('Liens de résultat (un par ligne)').fill(parts.join('\n'));
	await teacher.getByRole('button', { name: 'Ajouter les liens' }).click();
	await expect(teacher.getByText('résultat de « Bram » ajouté')).toBeVisible();
	// …and his link afterwards is the same result: already collected.
	await teacher.getByLabel('Liens de résultat (un par ligne)').fill(bram.link);
	await teacher.getByRole('button', { name: 'Ajouter les liens' }).click();
	await expect(
		teacher.getByText('Lien 1 : refusé — il a déjà été recueilli.').first()
	).toBeVisible();

	// Chloé shows her code to the camera.
	writeQrVideo(video, chloe.link);
	await teacher.getByRole('button', { name: 'Scanner des codes QR' }).click();
	await expect(teacher.getByText('Code scanné : résultat de « Chloé » ajouté.')).toBeVisible({
		timeout: 30_000
	});
	await teacher.getByRole('button', { name: 'Arrêter la caméra' }).click();

	// The class view counts exactly what they chose.
	const view = teacher.locator('.class-view');
	await expect(view.getByText('3', { exact: true }).first()).toBeVisible();
	const decisions = view.locator('section', {
		has: teacher.getByRole('heading', { name: 'Décisions' })
	});
	await expect(decisions.getByText('67 % · 2 stagiaires')).toBeVisible();
	await expect(decisions.getByText('33 % · 1 stagiaire')).toBeVisible();
	await expect(view.getByRole('rowheader', { name: '<b>Alice</b>' })).toBeVisible();
	await expect(view.locator('b')).toHaveCount(0);

	// Hostile results are refused by name and change nothing.
	const before = await view.innerText();
	const decoded = await decodeResult(payloadFrom(chloe.link)!);
	if (!decoded.ok) throw new Error('Chloé’s result does not decode');
	const { checksum, ...body } = decoded.result;
	const relink = async (text: string) => resultLink('http://x/class', await encodePayload(text));
	const hostile = [
		chloe.link.slice(0, -30),
		await relink(JSON.stringify(sealResult({ ...body, session: 'another-session-id' }))),
		await relink(JSON.stringify({ ...body, points: body.points + 3, checksum })),
		await relink(
			JSON.stringify(sealResult(body)).replace('"format":1', '"__proto__":{},"format":1')
		)
	];
	await teacher.getByLabel('Liens de résultat (un par ligne)').fill(hostile.join('\n'));
	await teacher.getByRole('button', { name: 'Ajouter les liens' }).click();
	const log = teacher.getByRole('log');
	await expect(log.getByText('Lien 1 : refusé — il est tronqué ou abîmé.')).toBeVisible();
	await expect(log.getByText('Lien 2 : refusé — il appartient à une autre séance.')).toBeVisible();
	await expect(
		log.getByText('Lien 3 : refusé — il a été modifié (somme de contrôle fausse).')
	).toBeVisible();
	await expect(log.getByText('Lien 4 : refusé — il contient des clés interdites.')).toBeVisible();
	const huge = join(dir, 'huge.liaison-result.txt');
	writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 65));
	await teacher.getByLabel('Importer des fichiers de résultat').setInputFiles(huge);
	await expect(
		teacher.getByText(
			'huge.liaison-result.txt : refusé — il est trop volumineux pour être un résultat.'
		)
	).toBeVisible();
	expect(await view.innerText()).toBe(before);

	// CSV: one row per trainee and step, with a BOM.
	const [csv] = await Promise.all([
		teacher.waitForEvent('download'),
		teacher.getByRole('link', { name: 'Exporter en CSV' }).click()
	]);
	const text = readFileSync(await csv.path(), 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const rows = text.slice(1).trim().split('\r\n').slice(1);
	const decide = rows.filter((r) => r.includes('"decide"'));
	expect(decide).toHaveLength(3);
	expect(decide.filter((r) => r.includes('"share"'))).toHaveLength(2);
	expect(decide.filter((r) => r.includes('"keep"') && r.startsWith('"Bram"'))).toHaveLength(1);

	const axe = await new AxeBuilder({ page: teacher }).withTags(WCAG).analyze();
	expect(axe.violations).toEqual([]);
	await attach(teacher, testInfo, 'fr');
	await chooseLanguage(teacher, 'nl');
	await expect(teacher.getByRole('heading', { name: 'Beslissingen' })).toBeVisible();
	await attach(teacher, testInfo, 'nl');

	await Promise.all(contexts.map((c) => c.close()));
	await instructor.close();
});
