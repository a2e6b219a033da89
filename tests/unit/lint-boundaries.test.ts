import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints small snippets with the project's real eslint.config.js, as if they sat at the given path, so a
// hole in the import boundaries (a glob that misses a barrel or a relative path) fails here.
const eslint = new ESLint({
	cwd: process.cwd(),
	// Type information is not needed by the import rules; without it a .svelte snippet lints in
	// milliseconds instead of loading the whole TypeScript project.
	overrideConfig: {
		files: ['**/*.svelte'],
		languageOptions: { parserOptions: { projectService: false } }
	}
});

// Loading the config and its plugins is the slow part: do it once, before the timed tests.
beforeAll(() => eslint.calculateConfigForFile('src/lib/engine/index.ts'), 60_000);

const restricted = async (filePath: string, code: string) => {
	const [result] = await eslint.lintText(code, { filePath });
	const messages = result?.messages ?? [];
	// A parse error would hide the rule under test: fail on it rather than count it as "allowed".
	expect(messages.filter((m) => m.fatal)).toEqual([]);
	return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

const svelte = (line: string) => `<script lang="ts">\n\t${line}\n\tvoid x;\n</script>\n`;

describe('the pure core', () => {
	const core = 'src/lib/engine/probe.ts';
	it.each([
		["import Dexie from 'dexie';\nvoid Dexie;\n", 'Dexie'],
		["import { mount } from 'svelte';\nvoid mount;\n", 'Svelte'],
		["import { page } from '$app/state';\nvoid page;\n", 'SvelteKit'],
		["import { getProgress } from '$lib/progress';\nvoid getProgress;\n", 'the progress barrel'],
		["import { db } from '$lib/progress/db';\nvoid db;\n", 'a progress module'],
		["import { getProgress } from '../progress';\nvoid getProgress;\n", 'a relative progress path'],
		["import { db } from '../../lib/progress/db';\nvoid db;\n", 'a deeper relative path'],
		["import { t } from '$lib/i18n/index.svelte';\nvoid t;\n", 'the i18n runtime'],
		["import { t } from '../i18n/index.svelte';\nvoid t;\n", 'the i18n runtime, relatively'],
		["import { learner } from '../state/learner.svelte';\nvoid learner;\n", 'app state']
	])('refuses %s (%s)', async (code) => {
		expect(await restricted(core, code)).toHaveLength(1);
	});

	it('allows pure helpers and other core modules', async () => {
		const code =
			"import { formatNumber } from '$lib/i18n/format';\nimport { normalise } from './normalise';\nimport { parsePack } from '../packs/parse';\nvoid formatNumber; void normalise; void parsePack;\n";
		expect(await restricted(core, code)).toEqual([]);
	});

	it('covers every core folder', async () => {
		for (const dir of ['packs', 'authoring', 'quiz', 'review', 'sharing', 'scorm', 'class']) {
			expect(
				await restricted(`src/lib/${dir}/probe.ts`, "import Dexie from 'dexie';\nvoid Dexie;\n")
			).toHaveLength(1);
		}
	});
});

describe('component tiers', () => {
	it.each([
		["import { learner as x } from '$lib/state/learner.svelte';", 'app state'],
		["import { pwa as x } from '$lib/pwa/pwa.svelte';", 'the PWA layer'],
		["import { getProgress as x } from '$lib/progress';", 'the progress store'],
		["import { page as x } from '$app/state';", 'page state'],
		["import x from '../shell/NavBar.svelte';", 'an app-shell component'],
		["import x from '$lib/components/quiz/QuizPlayer.svelte';", 'a screen component']
	])('ui/ refuses %s (%s)', async (line) => {
		expect(await restricted('src/lib/components/ui/Probe.svelte', svelte(line))).toHaveLength(1);
	});

	it('ui/ may use other generic components and the i18n strings', async () => {
		const code = svelte(
			"import x from './RichText.svelte';\n\timport { t } from '$lib/i18n/index.svelte';\n\tvoid t;"
		);
		expect(await restricted('src/lib/components/ui/Probe.svelte', code)).toEqual([]);
	});

	it('quiz and scenario components do not import each other', async () => {
		const quiz = 'src/lib/components/quiz/Probe.svelte';
		const scenario = 'src/lib/components/scenario/Probe.svelte';
		expect(
			await restricted(quiz, svelte("import x from '$lib/components/scenario/Debrief.svelte';"))
		).toHaveLength(1);
		expect(
			await restricted(quiz, svelte("import x from '../scenario/Debrief.svelte';"))
		).toHaveLength(1);
		expect(
			await restricted(scenario, svelte("import x from '$lib/components/quiz/QuizSummary.svelte';"))
		).toHaveLength(1);
	});

	it('the shared exercise parts import neither screen', async () => {
		const shared = 'src/lib/components/exercise/Probe.svelte';
		expect(
			await restricted(shared, svelte("import x from '../quiz/QuizPlayer.svelte';"))
		).toHaveLength(1);
		expect(
			await restricted(shared, svelte("import x from '$lib/components/scenario/StepView.svelte';"))
		).toHaveLength(1);
	});

	it('both screens may use the shared exercise parts', async () => {
		const line = "import x from '$lib/components/exercise/QuestionInput.svelte';";
		expect(await restricted('src/lib/components/quiz/Probe.svelte', svelte(line))).toEqual([]);
		expect(await restricted('src/lib/components/scenario/Probe.svelte', svelte(line))).toEqual([]);
	});
});
