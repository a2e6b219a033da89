/**
 * A scenario played like a game on a phone: gauges of what is at stake, a progress bar, the
 * debrief's evolution table, and endings to discover on the home screen. Depends on the built-in
 * pack plan-r (its shown variables `threat` and `trust`, and at least two endings reachable by
 * always taking the first or always the last option).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { attachScreenshot, langs, screens, useLanguage, type Lang } from './helpers';
import { PLAY, answerStep, words, type Pick } from './play';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const text = {
	fr: {
		threat: 'Niveau de menace',
		progress: 'Avancement du scénario',
		evolution: 'Évolution des enjeux',
		newEnding: 'Nouvelle fin découverte !',
		endings: /^Fins découvertes : 2 sur \d+$/,
		best: /^Meilleure note : [A-E]$/,
		replay: /^Rejouer : /,
		restart: 'Recommencer le scénario'
	},
	nl: {
		threat: 'Dreigingsniveau',
		progress: 'Voortgang in het scenario',
		evolution: 'Verloop van wat op het spel stond',
		newEnding: 'Nieuw einde ontdekt!',
		endings: /^Ontdekte eindes: 2 van \d+$/,
		best: /^Beste beoordeling: [A-E]$/,
		replay: /^Opnieuw spelen: /,
		restart: 'Scenario opnieuw beginnen'
	}
} as const;

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations, label).toEqual([]);
}

/** Plays to the debrief; returns the ending's title. */
async function playThrough(page: Page, lang: Lang, pick: Pick): Promise<string> {
	const debrief = page.getByRole('heading', { name: words[lang].debrief, level: 2 });
	let progress = 0;
	for (let i = 0; i < 60 && !(await debrief.isVisible()); i++) {
		await answerStep(page, lang, pick);
		const bar = page.getByRole('progressbar', { name: text[lang].progress });
		const value = Number(await bar.getAttribute('value'));
		expect(value, 'the progress bar never goes back').toBeGreaterThanOrEqual(progress);
		progress = value;
	}
	await expect(debrief).toBeVisible();
	return (await page.locator('#ending-title').textContent())?.trim() ?? '';
}

const viewports = [
	{ width: 320, height: 640 },
	{ width: 360, height: 740 }
];

for (const viewport of viewports) {
	test.describe(`stakes at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });
		for (const lang of langs) {
			test(`gauges, progress, evolution and two endings on the home screen (${lang})`, async ({
				page
			}, testInfo) => {
				// Two full plays and four axe runs: minutes on a busy machine.
				test.setTimeout(480_000);
				const t = text[lang];
				await page.goto('/');
				await useLanguage(page, lang);
				await page.goto(PLAY);
				const threat = page.getByRole('meter', { name: t.threat });
				await expect(threat).toBeVisible();
				await expect(threat).toHaveAttribute('aria-valuemax', '5');
				await expect(page.getByRole('progressbar', { name: t.progress })).toHaveAttribute(
					'value',
					'0'
				);
				// Past the briefing, on the first real choice, gauges above it.
				await answerStep(page, lang, 'first');
				await expect(page.getByRole('radio').first()).toBeVisible();
				await attachScreenshot(page, testInfo, 'step-with-gauges', lang);
				await expectNoAxeViolations(page, 'step with gauges');

				const first = await playThrough(page, lang, 'first');
				await expect(page.getByText(t.newEnding)).toBeVisible();
				const table = page.getByRole('table');
				await expect(page.getByRole('heading', { name: t.evolution })).toBeVisible();
				await expect(table.getByRole('columnheader', { name: t.threat })).toBeVisible();
				await attachScreenshot(page, testInfo, 'debrief-evolution', lang);
				await expectNoAxeViolations(page, 'debrief with evolution');

				await page.getByRole('button', { name: t.restart, exact: true }).click();
				const second = await playThrough(page, lang, 'last');
				expect(second, 'the two plays reach different endings').not.toBe(first);
				await expect(page.getByText(t.newEnding)).toBeVisible();

				await page.goto('/');
				const card = page.locator('li').filter({ has: page.getByRole('link', { name: t.replay }) });
				await expect(card.getByText(t.best)).toBeVisible();
				await card.getByText(t.endings).click();
				await expect(card.getByText(first, { exact: true })).toBeVisible();
				await expect(card.getByText(second, { exact: true })).toBeVisible();
				await attachScreenshot(page, testInfo, 'home-two-endings', lang);
				await expectNoAxeViolations(page, 'home after two endings');
			});
		}
	});
}

/** Each word of each label sits on one line: a break inside a word gives it two line boxes. */
async function wordsBrokenInNav(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		for (const span of document.querySelectorAll('nav a span')) {
			const node = span.firstChild;
			if (!node?.textContent) continue;
			const label = node.textContent;
			let at = 0;
			for (const word of label.split(/\s+/)) {
				const start = label.indexOf(word, at);
				at = start + word.length;
				const range = document.createRange();
				range.setStart(node, start);
				range.setEnd(node, at);
				const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
				if (lines.size > 1) broken.push(word);
			}
		}
		return broken;
	});
}

test.describe('bottom navigation at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const lang of langs) {
		for (const scale of [100, 200]) {
			test(`no label breaks inside a word, text at ${scale}% (${lang})`, async ({ page }) => {
				await page.goto('/settings');
				await useLanguage(page, lang);
				const settings = screens.find((s) => s.path === '/settings')![lang];
				await expect(page.getByRole('link', { name: settings })).toBeVisible();
				// The browser's text size setting: the root font size, which rem units follow.
				await page.evaluate((s) => (document.documentElement.style.fontSize = `${s}%`), scale);
				expect(await wordsBrokenInNav(page)).toEqual([]);
				for (const { fr, nl } of screens) {
					await expect(page.getByRole('link', { name: lang === 'fr' ? fr : nl })).toBeInViewport();
				}
			});
		}
	}
});
