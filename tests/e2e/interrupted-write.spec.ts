import { expect, test } from '@playwright/test';
import { pageBundle } from './page-bundle';

type Store = typeof import('./pages/interrupted-write');
declare global {
	interface Window {
		liaisonStore: Store;
	}
}

test('a tab closed while an answer is being saved leaves the previous state whole', async ({
	context,
	baseURL
}) => {
	const code = await pageBundle('tests/e2e/pages/interrupted-write.ts', 'liaisonStore');
	const blank = async () => {
		const page = await context.newPage();
		await page.route(`${baseURL}/__store`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>store</title>' })
		);
		await page.goto(`${baseURL}/__store`);
		await page.addScriptTag({ content: code });
		return page;
	};

	const first = await blank();
	const runId = await first.evaluate(() => window.liaisonStore.seed());
	const before = await first.evaluate(() => window.liaisonStore.dump());
	// The run state and the answer event are written, the card is not: the tab closes now.
	await first.evaluate((id) => window.liaisonStore.startAnswerAndHold(id), runId);
	await first.close();

	const reopened = await blank();
	expect(await reopened.evaluate(() => window.liaisonStore.dump())).toEqual(before);
});
