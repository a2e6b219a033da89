/**
 * Nothing the learner saw confirmed may be lost: the browser is killed (SIGKILL, persistent
 * profile) the moment a verdict, the next exam question or a step's outcome shows, several times in
 * a row, and every answer shown is there after the restart.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	crashHost,
	crashWhenShown,
	launchCrashable,
	profileDir,
	storedEvents,
	type Crashable
} from './crash';
import { answerQuestion, quizWords } from './helpers';
import { answerStep } from './play';

const ROUNDS = 3;
const NATO = 'pack=nato-intelligence&start=1';
const question = (page: Page, n?: number) =>
	page.getByRole('heading', { level: 2, name: quizWords.fr.question(n) });
// Once the stored run is known: until then the first step shown may be replaced by it.
const stepTitle = (page: Page) => page.locator('main .screen:not([aria-busy="true"]) h2').first();

/** Whether the browser has exited within `ms` (a bound, not a pause: it returns at the exit). */
async function exitsWithin(exited: Promise<void>, ms: number): Promise<boolean> {
	const bound = AbortSignal.timeout(ms);
	const gaveUp = new Promise<false>((resolve) =>
		bound.addEventListener('abort', () => resolve(false), { once: true })
	);
	return Promise.race([exited.then(() => true as const), gaveUp]);
}

/**
 * Plays ROUNDS crash rounds: each restarts the browser on the same profile, checks that every
 * answer shown before is stored, then answers once more with the page armed to kill the browser
 * as soon as the answer's outcome shows.
 */
async function crashRounds(
	path: string,
	ready: (page: Page) => Promise<void>,
	answer: (page: Page, round: number) => Promise<void>
): Promise<void> {
	const host = await crashHost();
	const profile = await profileDir();
	let browser: Crashable | undefined;
	try {
		for (let round = 0; round <= ROUNDS; round++) {
			browser = host.use(await launchCrashable(profile.dir));
			const { page } = browser;
			await page.goto(host.url + path);
			await ready(page);
			expect(await storedEvents(page), `answers kept after ${round} crash(es)`).toBe(round);
			if (round === ROUNDS) {
				await browser.kill();
				break;
			}
			// The driver loses the page mid-action once the kill has begun: that is expected.
			const failure = await answer(page, round).then(
				() => null,
				(error: unknown) => error
			);
			if (!(await exitsWithin(browser.exited, 30_000))) {
				throw failure ?? new Error(`round ${round}: the answer's outcome never showed`);
			}
		}
	} finally {
		await browser?.kill();
		await host.close();
		await profile.remove();
	}
}

test.describe('a crash right after an answer shows', () => {
	// Several browser starts on a busy machine.
	test.setTimeout(180_000);

	test('keeps every practice answer whose verdict was shown', async () => {
		await crashRounds(
			`/quiz?mode=practice&${NATO}`,
			async (page) => {
				await expect(question(page)).toBeVisible();
			},
			async (page, round) => {
				// A restart resumes on the last verdict: move on first.
				if (round > 0) await page.getByRole('button', { name: 'Question suivante' }).click();
				await expect(question(page, round + 1)).toBeVisible();
				await crashWhenShown(page, { selector: '#feedback-title' });
				await answerQuestion(page, 'fr', round + 1);
			}
		);
	});

	test('keeps every exam answer once the next question was shown', async () => {
		await crashRounds(
			`/quiz?mode=exam&${NATO}`,
			async (page) => {
				await expect(question(page)).toBeVisible();
			},
			async (page, round) => {
				await expect(question(page, round + 1)).toBeVisible();
				await crashWhenShown(page, {
					selector: 'main h2',
					startsWith: `Question ${round + 2} sur`
				});
				await answerQuestion(page, 'fr', round + 1);
			}
		);
	});

	test('keeps every scenario step whose outcome was shown, the first one too', async () => {
		// The first round opens the scenario on a fresh profile, while its pack is being installed.
		await crashRounds(
			'/play?pack=plan-r&scenario=plan-r-ardenval',
			async (page) => {
				await expect(stepTitle(page)).toBeVisible();
			},
			async (page) => {
				const before = await stepTitle(page).innerText();
				await crashWhenShown(page, { selector: 'main .screen h2', not: before });
				await answerStep(page, 'fr');
			}
		);
	});
});
