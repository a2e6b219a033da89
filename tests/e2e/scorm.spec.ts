/**
 * The exported SCORM package inside a test LMS (scorm-again's runtime, the library LMSs and SCO test
 * suites use), for SCORM 1.2 and 2004: built by the real command, checked against the XSDs, played in
 * Chromium, and its committed data read back element by element.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { makePack } from '../factories/packs';
import { seededShuffle } from '../../src/lib/quiz/shuffle';
import { validateManifest } from './scorm-validate';
import { serveFolder } from './static-server';

const VERSIONS = ['1.2', '2004'] as const;
type Version = (typeof VERSIONS)[number];
/** The top page (a package opened alone) or the LMS's frame. */
type Surface = Page | FrameLocator;

// One worker builds the packages once; the tests then run in order.
test.describe.configure({ mode: 'default' });

let root: string;
let server: { url: string; close: () => Promise<void> };
const zips = new Map<Version, Record<string, Uint8Array>>();
const timedZips = new Map<Version, Record<string, Uint8Array>>();
type Kind = 'scenario' | 'exam' | 'timed';
/** The timed exam's limit, in minutes (pack:scorm --time-limit). */
const LIMIT = 30;
const EXAM = 7;
const pack = makePack();

test.beforeAll(async () => {
	test.setTimeout(180_000);
	root = mkdtempSync(join(tmpdir(), 'liaison-scorm-'));
	const packFile = join(root, 'pack.json');
	writeFileSync(packFile, JSON.stringify(pack));
	const build = (version: Version, kind: Kind) => {
		const out = join(root, `${kind}-${version}.zip`);
		const what =
			kind === 'exam'
				? ['--exam', String(EXAM)]
				: kind === 'timed'
					? ['--exam', String(EXAM), '--time-limit', String(LIMIT)]
					: [];
		execFileSync(
			'node_modules/.bin/tsx',
			['src/cli/pack-scorm.ts', packFile, ...what, '--version', version, '--out', out],
			{ stdio: 'pipe' }
		);
		const files = unzipSync(new Uint8Array(readFileSync(out)));
		const site = join(root, kind, version);
		for (const [path, bytes] of Object.entries(files)) {
			mkdirSync(dirname(join(site, 'pkg', path)), { recursive: true });
			writeFileSync(join(site, 'pkg', path), bytes);
		}
		copyFileSync('tests/e2e/scorm/lms.html', join(site, 'lms.html'));
		copyFileSync('tests/e2e/scorm/lms.js', join(site, 'lms.js'));
		copyFileSync('node_modules/scorm-again/dist/scorm-again.js', join(site, 'scorm-again.js'));
		return files;
	};
	for (const version of VERSIONS) {
		zips.set(version, build(version, 'scenario'));
		build(version, 'exam');
		timedZips.set(version, build(version, 'timed'));
	}
	server = await serveFolder(root);
});

test.afterAll(async () => {
	await server?.close();
	if (root) rmSync(root, { recursive: true, force: true });
});

/** Opens the test LMS with initial data-model values (flattened element names). */
async function openLms(
	page: Page,
	version: Version,
	initial: Record<string, string> = {},
	kind: Kind = 'scenario'
) {
	const init = encodeURIComponent(JSON.stringify(initial));
	await page.goto(`${server.url}/${kind}/${version}/lms.html?v=${version}&init=${init}`);
	return page.frameLocator('#sco');
}

const lastCommit = (page: Page) =>
	page.evaluate(() => {
		const lms = (window as unknown as { lms: { commits: unknown[] } }).lms;
		return lms.commits.at(-1) as Record<string, unknown>;
	});

const words = {
	fr: { continue: 'Continuer', submit: 'Valider', confirm: /^Confirmer/, debrief: 'Débriefing' },
	nl: { continue: 'Verder', submit: 'Bevestigen', confirm: /^Bevestigen/, debrief: 'Debriefing' }
};

/** Continues past a briefing or a feedback, and returns once the screen that follows shows. */
async function next(sco: Surface, lang: 'fr' | 'nl') {
	const title = sco.locator('.screen h2').first();
	const before = await title.innerText();
	await sco.getByRole('button', { name: words[lang].continue, exact: true }).click();
	await expect(title).not.toHaveText(before);
}

/** Brief → decision "share" → partners: federal police and CCB → ordering as shown → "false". */
async function playFactoryScenario(sco: Surface, lang: 'fr' | 'nl', from = 0) {
	const w = words[lang];
	const nl = lang === 'nl' ? ' (nl)' : '';
	if (from <= 0) await next(sco, lang);
	if (from <= 1) {
		await sco.getByRole('radio', { name: `Partager${nl}` }).check();
		await sco.getByRole('button', { name: w.submit, exact: true }).click();
		await next(sco, lang);
	}
	await sco
		.getByRole('button', { name: lang === 'fr' ? /Police fédérale/ : /Federale Politie/ })
		.click();
	await sco.getByRole('button', { name: /^CCB/ }).click();
	await sco.getByRole('button', { name: w.confirm }).click();
	await next(sco, lang);
	await sco.getByRole('button', { name: w.submit, exact: true }).click();
	await next(sco, lang);
	await sco.getByRole('radio', { name: lang === 'fr' ? 'Faux' : 'Fout' }).check();
	await sco.getByRole('button', { name: w.submit, exact: true }).click();
	await next(sco, lang);
	await expect(sco.getByRole('heading', { name: w.debrief, level: 2 })).toBeVisible();
}

// The ordering step is shown in a seeded order, submitted as shown: right only if it is the author's.
const shownOrder = seededShuffle(['first', 'second'], `${pack.id}/order`);
const orderRight = shownOrder[0] === 'first';
const points = 2 + 1 + (orderRight ? 1 : 0);
const MAX = 2 + 3 + 1 + 1;

function expectedInteractions(version: Version) {
	const v12 = version === '1.2';
	const list = v12 ? ',' : '[,]';
	return [
		{
			id: 'liaison-basics.decide',
			type: 'choice',
			response: 'share',
			pattern: 'share',
			result: 'correct',
			weighting: '2'
		},
		{
			id: 'liaison-basics.partners',
			type: 'choice',
			response: `federal-police${list}ccb`,
			pattern: `federal-police${list}immigration-office`,
			result: '1',
			weighting: '3'
		},
		{
			id: 'liaison-basics.order',
			type: 'sequencing',
			response: shownOrder.join(list),
			pattern: `first${list}second`,
			result: orderRight ? 'correct' : v12 ? 'wrong' : 'incorrect',
			weighting: '1'
		},
		{
			id: 'liaison-basics.quiz',
			type: 'true-false',
			response: v12 ? 'f' : 'false',
			pattern: v12 ? 't' : 'true',
			result: v12 ? 'wrong' : 'incorrect',
			weighting: '1'
		}
	];
}

/** The committed interactions as scorm-again serialises them (an object keyed by index). */
function rawInteractions(cmi: Record<string, unknown>): Record<string, unknown>[] {
	const list = (cmi.interactions ?? {}) as { childArray?: unknown[] };
	const items = (Array.isArray(list) ? list : (list.childArray ?? Object.values(list))) as Record<
		string,
		unknown
	>[];
	return items.filter((i) => i && typeof i === 'object' && 'id' in i);
}

/** The interactions as committed, in the fields both versions share. */
function interactionsOf(cmi: Record<string, unknown>, version: Version) {
	const items = rawInteractions(cmi);
	return items.map((i) => {
		const patterns = i.correct_responses as Record<string, { pattern: string }>;
		return {
			id: i.id,
			type: i.type,
			response: version === '1.2' ? i.student_response : i.learner_response,
			pattern: patterns?.['0']?.pattern,
			result: i.result,
			weighting: String(i.weighting),
			latency: i.latency
		};
	});
}

/** Answers whichever factory question is on screen (the exam draws them in a random order). */
async function answerExamQuestion(sco: FrameLocator) {
	const prompt = sco.getByText(/^Question q-/);
	const id = (await prompt.first().textContent())!.replace('Question ', '').trim();
	switch (id) {
		case 'q-single':
			await sco.getByRole('radio', { name: 'Police fédérale' }).check();
			break;
		case 'q-multiple':
			await sco.getByRole('checkbox', { name: 'Police fédérale' }).check();
			break;
		case 'q-truefalse':
			await sco.getByRole('radio', { name: 'Vrai' }).check();
			break;
		case 'q-matching':
			await sco.getByRole('combobox', { name: /VSSE/ }).selectOption({ label: 'Sûreté' });
			await sco
				.getByRole('combobox', { name: /SGRS/ })
				.selectOption({ label: 'Renseignement militaire' });
			break;
		case 'q-short':
			await sco.getByRole('textbox').fill('ocad');
			break;
		case 'q-numeric':
			await sco.getByRole('textbox').fill('12');
			break;
	}
	await sco.getByRole('button', { name: 'Valider', exact: true }).click();
	await expect(sco.getByText(`Question ${id}`, { exact: true })).toBeHidden();
}

/** The id of the exam question on screen ("Question q-single" → q-single). */
async function shownQuestion(sco: FrameLocator): Promise<string> {
	const text = await sco
		.getByText(/^Question q-/)
		.first()
		.textContent();
	return text!.replace('Question ', '').trim();
}

/** The LMS closes the activity: the player terminates the session as it unloads. */
async function leave(page: Page) {
	await page.evaluate(() => {
		(document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
	});
	await expect
		.poll(() =>
			page.evaluate(() => (window as unknown as { lms: { finished: unknown } }).lms.finished)
		)
		.toBeTruthy();
}

const finished = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { lms: { finished: Record<string, unknown> } }).lms.finished
	);

function examExpected(version: Version) {
	const v12 = version === '1.2';
	const list = v12 ? ',' : '[,]';
	const pair = v12 ? '.' : '[.]';
	const wrong = v12 ? 'wrong' : 'incorrect';
	const q = (type: string, response: string, pattern: string, result: string) => ({
		type,
		response,
		pattern,
		result,
		weighting: '1'
	});
	const all: Record<string, ReturnType<typeof q> & { id?: string }> = {
		'exam.q-single': q('choice', 'a', 'a', 'correct'),
		'exam.q-multiple': q('choice', 'a', `a${list}b`, '0.5'),
		'exam.q-truefalse': q('true-false', v12 ? 't' : 'true', v12 ? 't' : 'true', 'correct'),
		'exam.q-matching': q(
			'matching',
			`p1${pair}p1${list}p2${pair}p2`,
			`p1${pair}p1${list}p2${pair}p2`,
			'correct'
		),
		'exam.q-ordering': q('sequencing', '', `i1${list}i2`, ''),
		'exam.q-short': q('fill-in', 'ocad', v12 ? 'OCAM' : '{case_matters=false}OCAM', 'correct'),
		'exam.q-numeric': q('numeric', '12', v12 ? '13' : '13[:]13', wrong)
	};
	for (const [id, value] of Object.entries(all)) value.id = id;
	return all;
}

for (const version of VERSIONS) {
	test.describe(`SCORM ${version}`, () => {
		test('the manifest validates against the XSDs and names every file of the zip', async () => {
			const files = zips.get(version)!;
			const xml = strFromU8(files['imsmanifest.xml']!);
			const result = await validateManifest(xml, version);
			expect(result.errors).toEqual([]);
			expect(result.valid).toBe(true);
			const named = [...xml.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
			const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml');
			expect(named.sort()).toEqual(inZip.sort());
			expect(xml).toContain('href="index.html"');
		});

		test('a scenario played to its debrief reports status, score and every decision', async ({
			page
		}) => {
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			const sco = await openLms(page, version);
			await expect(sco.getByText('Vos réponses sont transmises')).toBeVisible();
			await playFactoryScenario(sco, 'fr');
			const cmi = await lastCommit(page);
			const percent = Math.round((points / MAX) * 100);
			if (version === '1.2') {
				const core = cmi.core as Record<
					string,
					Record<string, string> & { score: Record<string, string> }
				>;
				expect(core.lesson_status).toBe('failed');
				expect(core.score).toMatchObject({ raw: String(percent), min: '0', max: '100' });
				expect(core.lesson_location).toBe('end-good');
			} else {
				expect(cmi.completion_status).toBe('completed');
				expect(cmi.success_status).toBe('failed');
				expect(cmi.score).toMatchObject({
					raw: String(points),
					min: '0',
					max: String(MAX),
					scaled: String(Math.round((points / MAX) * 1e4) / 1e4)
				});
				expect(cmi.location).toBe('end-good');
			}
			const interactions = interactionsOf(cmi, version);
			expect(interactions.map(({ latency: _, ...rest }) => rest)).toEqual(
				expectedInteractions(version)
			);
			for (const i of interactions) {
				expect(i.latency).toMatch(version === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/ : /^PT/);
			}
			expect(String(cmi.suspend_data)).toMatch(/^[JZ]/);
			// Every file came from the package's own origin.
			expect(requests.every((url) => url.startsWith(server.url))).toBe(true);
		});

		test('a learner who leaves half-way resumes at the same step', async ({ page }) => {
			const sco = await openLms(page, version);
			await next(sco, 'fr');
			await sco.getByRole('radio', { name: 'Partager' }).check();
			await sco.getByRole('button', { name: 'Valider', exact: true }).click();
			await next(sco, 'fr');
			await expect(sco.getByText('Touchez chaque organisation')).toBeVisible();
			// The LMS closes the activity: the player terminates the session as it unloads.
			await page.evaluate(() => {
				(document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
			});
			await expect
				.poll(() =>
					page.evaluate(() => (window as unknown as { lms: { finished: unknown } }).lms.finished)
				)
				.toBeTruthy();
			const ended = (await page.evaluate(
				() => (window as unknown as { lms: { finished: Record<string, unknown> } }).lms.finished
			)) as Record<string, Record<string, string> & unknown>;
			const v12 = version === '1.2';
			const core = (ended.core ?? {}) as Record<string, string>;
			expect(v12 ? core.exit : ended.exit).toBe('suspend');
			expect(v12 ? core.lesson_location : ended.location).toBe('partners');
			expect(v12 ? core.lesson_status : ended.completion_status).toBe('incomplete');
			expect(v12 ? core.session_time : ended.session_time).toMatch(
				v12 ? /^\d{2,4}:\d\d:\d\d/ : /^PT/
			);
			const suspend = String(ended.suspend_data);

			// A new session of the LMS hands back what it stored.
			const resumed = await openLms(page, version, {
				'cmi.suspend_data': suspend,
				[v12 ? 'cmi.core.lesson_location' : 'cmi.location']: 'partners'
			});
			await expect(resumed.getByRole('heading', { name: /^Étape 3/, level: 2 })).toBeVisible();
			await playFactoryScenario(resumed, 'fr', 2);
			const cmi = await lastCommit(page);
			const ids = interactionsOf(cmi, version).map((i) => i.id);
			expect(ids).toEqual([
				'liaison-basics.partners',
				'liaison-basics.order',
				'liaison-basics.quiz'
			]);
			// The resumed run scores the decision made before leaving.
			if (v12)
				expect((cmi.core as { score: { raw: string } }).score.raw).toBe(
					String(Math.round((points / MAX) * 100))
				);
			else expect((cmi.score as { raw: string }).raw).toBe(String(points));
		});

		test('the LMS language (Dutch) is used, and the answers are the same', async ({ page }) => {
			const element =
				version === '1.2' ? 'cmi.student_preference.language' : 'cmi.learner_preference.language';
			const sco = await openLms(page, version, { [element]: 'nl' });
			await expect(
				sco.getByText('Uw antwoorden worden naar uw leerplatform gestuurd.')
			).toBeVisible();
			await playFactoryScenario(sco, 'nl');
			const cmi = await lastCommit(page);
			const interactions = interactionsOf(cmi, version).map(({ latency: _, ...rest }) => rest);
			expect(interactions).toEqual(expectedInteractions(version));
			if (version === '2004') {
				expect(rawInteractions(cmi)[0]!.description).toBe('{lang=nl}Que faites-vous ? (nl)');
			}
		});

		test('an exam played to its summary reports the score and every question', async ({ page }) => {
			const sco = await openLms(page, version, {}, 'exam');
			for (let n = 0; n < EXAM; n++) await answerExamQuestion(sco);
			await expect(sco.getByRole('heading', { name: 'Résultat' })).toBeVisible();
			const cmi = await lastCommit(page);
			const got = interactionsOf(cmi, version);
			const byId = new Map(got.map(({ latency: _, ...i }) => [i.id, i]));
			expect([...byId.keys()].sort()).toEqual(Object.keys(examExpected(version)).sort());
			const orderAnswer = String(byId.get('exam.q-ordering')!.response);
			const orderRight = orderAnswer === (version === '1.2' ? 'i1,i2' : 'i1[,]i2');
			const expected = examExpected(version);
			expected['exam.q-ordering']!.response = orderAnswer;
			expected['exam.q-ordering']!.result = orderRight
				? 'correct'
				: version === '1.2'
					? 'wrong'
					: 'incorrect';
			for (const [id, want] of Object.entries(expected)) expect(byId.get(id)).toEqual(want);
			const examPoints = 4.5 + (orderRight ? 1 : 0);
			const percent = Math.round((examPoints / EXAM) * 100);
			if (version === '1.2') {
				const core = cmi.core as Record<string, string> & { score: Record<string, string> };
				expect(core.score.raw).toBe(String(percent));
				expect(core.lesson_status).toBe(percent >= 70 ? 'passed' : 'failed');
			} else {
				expect(cmi.score).toMatchObject({ raw: String(examPoints), max: String(EXAM) });
				expect(cmi.completion_status).toBe('completed');
				expect(cmi.success_status).toBe(percent >= 70 ? 'passed' : 'failed');
			}
		});

		test('a learner who leaves an exam half-way resumes at the same question with their answers', async ({
			page
		}) => {
			// Two sessions of seven questions: more than one screen's worth of time on a loaded machine.
			test.setTimeout(120_000);
			const v12 = version === '1.2';
			const sco = await openLms(page, version, {}, 'exam');
			const answered: string[] = [];
			for (let n = 0; n < 3; n++) {
				await expect(
					sco.getByRole('heading', { name: `Question ${n + 1} sur ${EXAM}` })
				).toBeVisible();
				answered.push(await shownQuestion(sco));
				await answerExamQuestion(sco);
			}
			await expect(sco.getByRole('heading', { name: `Question 4 sur ${EXAM}` })).toBeVisible();
			await leave(page);
			const ended = await finished(page);
			const core = (ended.core ?? {}) as Record<string, string>;
			expect(v12 ? core.exit : ended.exit).toBe('suspend');
			expect(v12 ? core.lesson_location : ended.location).toBe('4');
			expect(v12 ? core.lesson_status : ended.completion_status).toBe('incomplete');
			const before = interactionsOf(ended, version);
			expect(before.map((i) => i.id)).toEqual(answered.map((id) => `exam.${id}`));
			const suspend = String(ended.suspend_data);
			expect(suspend).toMatch(/^J/);
			const drawn = (JSON.parse(suspend.slice(1)) as { q: string[] }).q;
			expect(drawn.slice(0, 3)).toEqual(answered);

			// The LMS's next session of the same attempt hands back what it stored.
			const resumed = await openLms(
				page,
				version,
				{
					'cmi.suspend_data': suspend,
					[v12 ? 'cmi.core.lesson_location' : 'cmi.location']: '4',
					[v12 ? 'cmi.core.entry' : 'cmi.entry']: 'resume'
				},
				'exam'
			);
			await expect(resumed.getByRole('heading', { name: `Question 4 sur ${EXAM}` })).toBeVisible();
			expect(await shownQuestion(resumed)).toBe(drawn[3]);
			for (let n = 3; n < EXAM; n++) await answerExamQuestion(resumed);
			await expect(resumed.getByRole('heading', { name: 'Résultat' })).toBeVisible();
			const cmi = await lastCommit(page);
			const after = interactionsOf(cmi, version);
			expect(after.map((i) => i.id)).toEqual(drawn.slice(3).map((id) => `exam.${id}`));
			// The score counts the answers given before leaving: the sum of both sessions' results.
			const pointsOf = (result: unknown) =>
				result === 'correct' ? 1 : Number.isFinite(Number(result)) ? Number(result) : 0;
			const total = [...before, ...after].reduce((sum, i) => sum + pointsOf(i.result), 0);
			if (v12) {
				const score = (cmi.core as { score: Record<string, string> }).score;
				expect(score.raw).toBe(String(Math.round((total / EXAM) * 100)));
			} else {
				expect(cmi.score).toMatchObject({ raw: String(total), max: String(EXAM) });
				expect(cmi.completion_status).toBe('completed');
			}
		});

		test('a timed exam declares its limit in the manifest, shows the time left and ends when the attempt has used it', async ({
			page
		}) => {
			const v12 = version === '1.2';
			const xml = strFromU8(timedZips.get(version)!['imsmanifest.xml']!);
			expect((await validateManifest(xml, version)).errors).toEqual([]);
			if (v12) {
				expect(xml).toContain('<adlcp:maxtimeallowed>0000:30:00.00</adlcp:maxtimeallowed>');
				expect(xml).toContain('<adlcp:timelimitaction>exit,message</adlcp:timelimitaction>');
			} else {
				expect(xml).toContain('<adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>');
				expect(xml).toContain('attemptAbsoluteDurationLimit="PT30M0S"');
			}
			// Earlier sessions of this attempt used all but two minutes of the time allowed: in 1.2 the
			// package's 30 minutes; in 2004 the LMS's own max_time_allowed (10 minutes), which wins.
			const initial: Record<string, string> = v12
				? { 'cmi.core.total_time': '0000:28:00.00' }
				: {
						'cmi.max_time_allowed': 'PT10M',
						'cmi.total_time': 'PT8M',
						// What an LMS sets from the manifest's adlcp:timeLimitAction (scorm-again's own
						// default is "continue,no message", which leaves an exam untimed).
						'cmi.time_limit_action': 'exit,message'
					};
			// A fake clock (in the package's frame too): the two minutes pass when the test says so,
			// however long a busy machine takes to open the package.
			await page.clock.install();
			const sco = await openLms(page, version, initial, 'timed');
			await expect(sco.getByRole('heading', { name: `Question 1 sur ${EXAM}` })).toBeVisible();
			await expect(sco.getByRole('timer', { name: 'Temps restant' })).toHaveText(
				/^(2:00|1:[0-5]\d)$/
			);
			await page.clock.fastForward('02:05');
			await expect(sco.getByText('Le temps est écoulé')).toBeVisible();
			await expect(sco.getByRole('heading', { name: 'Résultat' })).toBeVisible();
			await expect(sco.getByText(`Examen chronométré : ${v12 ? LIMIT : 10} min.`)).toBeVisible();
			const cmi = await lastCommit(page);
			if (v12) {
				const core = cmi.core as Record<string, string> & { score: Record<string, string> };
				expect(core.lesson_status).toBe('failed');
			} else {
				expect(cmi.completion_status).toBe('completed');
				expect(cmi.success_status).toBe('failed');
			}
			await leave(page);
			const ended = await finished(page);
			expect(v12 ? (ended.core as Record<string, string>).exit : ended.exit).toBe('time-out');
		});

		test('without an LMS the package still plays, and says progress is not reported', async ({
			page
		}) => {
			await page.goto(`${server.url}/scenario/${version}/pkg/index.html`);
			await expect(
				page.getByText('Aucune plateforme de formation (LMS) n’a été trouvée')
			).toBeVisible();
			await playFactoryScenario(page, 'fr');
		});
	});
}
