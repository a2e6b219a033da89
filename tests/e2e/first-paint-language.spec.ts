import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { hydrated, waitForServiceWorker, type Lang } from './helpers';
import { inlineAddress } from './share-helpers';
import { smallPack } from './share-packs';

// The first paint is in the reader's language: every frame the browser renders, from the first one,
// carries the right <html lang> and no text of the other language, with the CPU slowed 4× (a slow
// phone), online and offline (from the service worker), for a French and a Dutch browser.

/** One rendered frame, as sampled just before the browser paints it. */
type Frame = { url: string; lang: string; text: string; hydrated: boolean };

/** Words only the other language's interface shows (navigation bar, screen headings). */
const FOREIGN: Record<Lang, RegExp> = {
	fr: /Naar de inhoud|Instellingen|Voortgang|Scenario's|Pakket openen|Zwakke signalen/,
	nl: /Aller au contenu|Réglages|Progrès|Scénarios|Ouvrir un pack|Signaux faibles/
};
/** Text that shows the screen really painted in its language: the navigation bar's last link… */
const OWN: Record<Lang, string> = { fr: 'Réglages', nl: 'Instellingen' };
/** …and the skip link, the first text of every screen (a first frame may hold only the top). */
const FIRST: Record<Lang, string> = { fr: 'Aller au contenu', nl: 'Naar de inhoud' };

const SCREENS = [
	{ name: 'home', path: '/' },
	{ name: 'a scenario step', path: '/play?pack=plan-r&scenario=plan-r-ardenval' },
	{ name: 'the quiz', path: '/quiz?pack=nato-intelligence' },
	{ name: 'a shared pack link', path: inlineAddress(smallPack()) }
];

/**
 * Records every frame of every document the page shows, from before the first paint: a
 * requestAnimationFrame loop (its callbacks run right before each paint) started at document start.
 */
async function recordFrames(context: BrowserContext): Promise<Frame[]> {
	const frames: Frame[] = [];
	await context.exposeBinding('__paintFrame', (_source, frame: Frame) => {
		frames.push(frame);
	});
	await context.addInitScript(() => {
		const report = (window as unknown as { __paintFrame: (frame: unknown) => void }).__paintFrame;
		let last = '';
		const sample = () => {
			const root = document.documentElement;
			// A hidden page paints nothing (innerText would then give its raw text).
			const shown = !!document.body && getComputedStyle(root).display !== 'none';
			const frame = {
				url: location.pathname + location.search,
				lang: root.lang,
				text: shown ? document.body.innerText : '',
				hydrated: root.hasAttribute('data-hydrated')
			};
			// Only frames that differ are sent: each report is a round trip to the test.
			const key = JSON.stringify(frame);
			if (key !== last) report(frame);
			last = key;
			requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
	});
	return frames;
}

async function slowCpu(context: BrowserContext, page: Page): Promise<void> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Opens `path` and checks every frame until the screen has hydrated and painted a while. */
async function expectOnlyLanguage(page: Page, frames: Frame[], path: string, lang: Lang) {
	frames.length = 0;
	await page.goto(path);
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.getByRole('navigation').getByRole('link', { name: OWN[lang] })).toBeVisible();
	// Frames after hydration too: a late switch (strings loaded after paint) would show there. The
	// screen's own strings load after hydration; wait until the page stops changing.
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	const painted = frames.filter((f) => f.text);
	expect(painted.length, `${path}: frames with text`).toBeGreaterThan(0);
	for (const frame of frames) {
		expect(frame.lang, `<html lang> of a frame of ${frame.url}`).toBe(lang);
		expect(frame.text, `a frame of ${frame.url}`).not.toMatch(FOREIGN[lang]);
	}
	// The first frame with text already speaks the language, not only the last ones.
	expect(painted[0]!.text).toContain(FIRST[lang]);
}

for (const [locale, lang] of [
	['fr-BE', 'fr'],
	['nl-BE', 'nl']
] as const) {
	test.describe(`a ${locale} browser`, () => {
		test.use({ locale });

		test(`every frame is in ${lang}, from the first paint`, async ({ context, page }) => {
			test.slow();
			const frames = await recordFrames(context);
			await slowCpu(context, page);
			for (const screen of SCREENS) {
				await test.step(screen.name, () => expectOnlyLanguage(page, frames, screen.path, lang));
			}
			// The page of the other language lands in the reader's language.
			await expectOnlyLanguage(page, frames, lang === 'fr' ? '/nl' : '/', lang);
			expect(new URL(page.url()).pathname).toBe(lang === 'fr' ? '/' : '/nl');
		});

		test(`every frame is in ${lang} offline, from the service worker`, async ({
			context,
			page
		}) => {
			test.slow();
			await page.goto('/');
			await waitForServiceWorker(page);
			const frames = await recordFrames(context);
			await slowCpu(context, page);
			await context.setOffline(true);
			for (const screen of SCREENS) {
				await test.step(screen.name, () => expectOnlyLanguage(page, frames, screen.path, lang));
			}
			await context.setOffline(false);
		});
	});
}

test.describe('a saved choice', () => {
	test.use({ locale: 'fr-BE' });

	test('beats the browser language from the first paint, and a deep link keeps its query and hash', async ({
		context,
		page
	}) => {
		test.slow();
		const frames = await recordFrames(context);
		await page.goto('/settings');
		await hydrated(page);
		await page.getByRole('button', { name: 'Nederlands' }).click();
		await expect(page).toHaveURL(/\/nl\/settings$/);

		await slowCpu(context, page);
		await expectOnlyLanguage(page, frames, SCREENS[1]!.path, 'nl');
		expect(page.url()).toMatch(/\/nl\/play\?pack=plan-r&scenario=plan-r-ardenval$/);
		await expect(page.getByRole('heading', { name: 'Zwakke signalen in Ardenval' })).toBeAttached();

		const shared = inlineAddress(smallPack());
		await expectOnlyLanguage(page, frames, shared, 'nl');
		expect(page.url()).toContain(`/nl${shared}`);

		// And back: choosing French again moves to the unprefixed pages.
		await page.getByRole('button', { name: 'Français' }).click();
		await expect(page).toHaveURL(/^http:\/\/[^/]+\/open#p=/);
		await expectOnlyLanguage(page, frames, '/quiz', 'fr');
		expect(new URL(page.url()).pathname).toBe('/quiz');
	});
});
