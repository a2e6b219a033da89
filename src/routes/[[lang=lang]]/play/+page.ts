import { DEFAULT_LANG } from '$lib/i18n/languages';
import { pageStrings } from '$lib/i18n/index.svelte';
import { preloadRichText } from '$lib/components/ui/RichText.svelte';
import { learner } from '$lib/state/learner.svelte';
import { firstPaint } from '$lib/state/first-paint';
import { openScenario } from '$lib/state/library';
import { PlaySession } from '$lib/state/play-session.svelte';
import { EndingLog } from '$lib/state/play-stakes.svelte';
import { preferences } from '$lib/state/preferences.svelte';
import { sessionTagFrom } from '$lib/class/session';
import type { PageLoad } from './$types';

// The pack and scenario come from the query string: the page is built in the browser.
export const ssr = false;

/**
 * The first step paints as soon as its strings, its scenario (not the whole pack) and the Markdown
 * renderer (a step is pack text) are there. The database, the rest of the pack and the stored run
 * come after the first paint: an unfinished run then replaces the step (see PlaySession.begin). A
 * new query string loads again; SvelteKit drops a load overtaken by another navigation.
 */
export const load: PageLoad = async ({ url, params: route }) => {
	const packId = url.searchParams.get('pack') ?? '';
	const scenarioId = url.searchParams.get('scenario') ?? '';
	// A class session's link ends with the result to share: its strings come too.
	const classPlay = !!sessionTagFrom(url.searchParams);
	const [, opened] = await Promise.all([
		pageStrings(
			route.lang ?? DEFAULT_LANG,
			'play',
			'stakes',
			// A timed scenario shows the quiz's timer (components/exercise), with its strings.
			'quiz',
			...(classPlay ? ['class', 'sharing'] : [])
		),
		openScenario(packId, scenarioId),
		preloadRichText()
	]);
	const session = opened
		? await PlaySession.begin(opened.pack, scenarioId, {
				install: opened.install,
				after: firstPaint
			})
		: null;
	// Read before the run can finish: the endings reached so far, to spot a new one.
	const endings = new EndingLog();
	void firstPaint.then(() => {
		if (session) void endings.load(learner, session.pack, scenarioId).catch(() => {});
		void preferences.load().catch(() => {});
	});
	return { session, endings };
};
