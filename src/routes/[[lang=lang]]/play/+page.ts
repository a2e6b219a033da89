import { findScenario } from '$lib/engine';
import { DEFAULT_LANG } from '$lib/i18n/languages';
import { pageStrings } from '$lib/i18n/index.svelte';
import { preloadRichText } from '$lib/components/ui/RichText.svelte';
import { learner } from '$lib/state/learner.svelte';
import { openPack } from '$lib/state/library';
import { PlaySession } from '$lib/state/play-session.svelte';
import { EndingLog } from '$lib/state/play-stakes.svelte';
import { preferences } from '$lib/state/preferences.svelte';
import { sessionTagFrom } from '$lib/class/session';
import type { PageLoad } from './$types';

// The pack and scenario come from the query string: the page is built in the browser.
export const ssr = false;

/**
 * Everything the first step needs starts at once: its strings, the pack, the database (the stored
 * run decides the step) and the Markdown renderer (a step is pack text), so the step paints in one
 * go when the slowest of them arrives. A new query string loads again; SvelteKit drops a load
 * overtaken by another navigation.
 */
export const load: PageLoad = async ({ url, params: route }) => {
	const packId = url.searchParams.get('pack') ?? '';
	const scenarioId = url.searchParams.get('scenario') ?? '';
	// A class session's link ends with the result to share: its strings come too.
	const classPlay = !!sessionTagFrom(url.searchParams);
	void learner.connect();
	const [, pack] = await Promise.all([
		pageStrings(
			route.lang ?? DEFAULT_LANG,
			'play',
			'stakes',
			// A timed scenario shows the quiz's timer (components/exercise), with its strings.
			'quiz',
			...(classPlay ? ['class', 'sharing'] : [])
		),
		openPack(packId),
		preloadRichText()
	]);
	const session =
		pack && findScenario(pack, scenarioId) ? await PlaySession.open(pack, scenarioId) : null;
	// Read before the run can finish: the endings reached so far, to spot a new one.
	const endings = new EndingLog();
	if (session) void endings.load(learner, session.pack, scenarioId).catch(() => {});
	void preferences.load().catch(() => {});
	return { session, endings };
};
