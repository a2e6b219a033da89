import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { inlineAddress, storePack } from './share-helpers';
import { playToDebrief } from './play';
import { smallPack } from './share-packs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page, state: string) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations, state).toEqual([]);
}

/** The small shared pack (a briefing, a decision worth 2 points, an ending) with a 2-minute limit. */
const timedPack = (id: string) => ({
	...smallPack(id),
	options: { feedback: 'immediate', timeLimitMinutes: 2 }
});

/** Opens the pack through a link, as a trainee would, and starts its scenario. */
async function playTimedPack(page: Page, id: string) {
	await page.goto(inlineAddress(timedPack(id)));
	await storePack(page);
	await page
		.getByRole('region', { name: 'Pack ouvert : Pack partagé' })
		.getByRole('link', { name: 'Jouer : Scénario court' })
		.click();
	await expect(page.getByText('Étape 1')).toBeVisible();
}

test('a timed scenario shows the time left, keeps counting across a reload and ends when it runs out', async ({
	page
}, testInfo) => {
	await page.clock.install();
	await playTimedPack(page, 'pack-chrono');
	const timer = page.getByRole('timer', { name: 'Temps restant' });
	await expect(timer).toHaveText(/^(2:00|1:5\d)$/);
	await expectNoAxeViolations(page, 'timed step');

	await page.getByRole('button', { name: 'Continuer', exact: true }).click();
	await expect(page.getByText('Étape 2')).toBeVisible();
	await page.clock.fastForward('01:10');
	// Under a minute left; how far under depends on how long the checks above took in real time.
	await expect(timer).toHaveText(/^0:[0-5]\d$/);
	await expect(page.getByText('Il reste 1 minute.')).toBeAttached();

	// A reload resumes the same step with the same deadline: the clock was not restarted.
	await page.reload();
	await expect(page.getByText('Étape 2')).toBeVisible();
	await expect(timer).toHaveText(/^0:[0-5]\d$/);

	await page.clock.fastForward('01:00');
	await expect(page.getByRole('heading', { level: 2, name: 'Temps écoulé' })).toBeFocused();
	await expect(timer).toHaveCount(0);
	await expect(page.getByText(/La limite de 2 minutes est atteinte/)).toBeVisible();
	await expect(page.getByText('Note : E')).toBeVisible();
	await expect(page.getByText('Score : 0 sur 2 (0 %)')).toBeVisible();
	await expect(
		page.getByText('Sans réponse (temps écoulé) : « Que faites-vous ? », 0 point sur 2.')
	).toBeVisible();
	await expect(page.getByRole('radio')).toHaveCount(0);

	const shot = testInfo.outputPath('scenario-time-up.png');
	await page.screenshot({ path: shot, fullPage: true });
	await testInfo.attach('scenario-time-up', { path: shot, contentType: 'image/png' });
	await expectNoAxeViolations(page, 'time-up debrief');

	// The run was stored as finished: a reload starts a new attempt with the whole time again.
	await page.reload();
	await expect(page.getByText('Étape 1')).toBeVisible();
	await expect(timer).toHaveText(/^(2:00|1:5\d)$/);
});

test('with timers off in the settings, a timed scenario has no timer and its debrief says so', async ({
	page
}) => {
	await page.goto('/settings');
	await hydrated(page);
	const toggle = page.getByRole('switch', {
		name: 'Pas de limite de temps dans les quiz et les scénarios'
	});
	await toggle.click();
	await expect(toggle).toBeChecked();
	// Stored with the profile, not only on this page.
	await page.reload();
	await hydrated(page);
	await expect(toggle).toBeChecked();

	await playTimedPack(page, 'pack-sans-chrono');
	await expect(page.getByRole('timer')).toHaveCount(0);
	await playToDebrief(page, 'fr');
	await expect(
		page.getByText(
			'Scénario joué sans sa limite de temps (2 min) : réglage « minuteurs désactivés ».'
		)
	).toBeVisible();
});
