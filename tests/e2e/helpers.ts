import { expect, type Page } from '@playwright/test';

/** Waits until the page is controlled by an activated service worker (ready can resolve earlier). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
			);
		}
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				})
			);
		}
	});
}

export const screens = [
	{ path: '/', fr: 'Scénarios', nl: "Scenario's" },
	{ path: '/quiz', fr: 'Quiz', nl: 'Quiz' },
	{ path: '/progress', fr: 'Progrès', nl: 'Voortgang' },
	{ path: '/authoring', fr: 'Créer', nl: 'Maken' },
	{ path: '/settings', fr: 'Réglages', nl: 'Instellingen' }
] as const;

export async function expectHeading(page: Page, name: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Waits until the app has hydrated: a click on a prerendered button before that is lost. */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Switches the interface language with the switcher in the header. */
export async function chooseLanguage(page: Page, lang: 'fr' | 'nl'): Promise<void> {
	await hydrated(page);
	await page.getByRole('button', { name: lang === 'fr' ? 'Français' : 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
}
