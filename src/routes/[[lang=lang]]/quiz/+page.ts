import { DEFAULT_LANG } from '$lib/i18n/languages';
import { pageStrings } from '$lib/i18n/index.svelte';
import { preloadRichText } from '$lib/components/ui/RichText.svelte';
import { isPlainText } from '$lib/rich-text/plain';
import { isQuizMode } from '$lib/quiz/run';
import { sessionTagFrom } from '$lib/class/session';
import { learner } from '$lib/state/learner.svelte';
import { NO_CHOICES } from '$lib/quiz/selection';
import { loadQuizLibrary, openPack } from '$lib/state/library';
import { startQuiz } from '$lib/state/quiz-start';
import { preferences } from '$lib/state/preferences.svelte';
import { QuizSession } from '$lib/state/quiz-session.svelte';
import { QuizSetup } from '$lib/state/quiz-setup.svelte';
import type { PageLoad } from './$types';

// Mode and pack come from the query string, and the questions from the device: built in the browser.
export const ssr = false;

/**
 * The set-up, or the quiz itself: resumed, or started straight away by a link
 * (…?mode=practice&pack=plan-r&start=1). Strings, packs, the database and the Markdown renderer
 * (questions are pack text) load side by side, so the first question paints in one go.
 */
export const load: PageLoad = async ({ url, params: route }) => {
	const params = url.searchParams;
	const mode = params.get('mode');
	const pack = params.get('pack');
	const setup = new QuizSetup(learner);
	// A link that starts a quiz on one pack loads just that pack, unless an unfinished quiz is
	// waiting: resuming it needs the whole library.
	const direct = params.get('start') === '1' && mode !== 'review' && !!pack;
	const namespaces = [
		'quiz',
		'play',
		'progress',
		...(sessionTagFrom(params) ? ['class', 'sharing'] : [])
	];
	const [unfinished, only] = await Promise.all([
		direct ? QuizSession.hasUnfinished(learner).catch(() => false) : true,
		direct ? openPack(pack!, { install: false }) : null,
		pageStrings(route.lang ?? DEFAULT_LANG, ...namespaces),
		preferences.load().catch(() => {})
	]);
	// Just that pack: it is picked by name, whatever its place in the practice pool.
	const library = !unfinished && only ? null : await loadQuizLibrary();
	const packs = library?.packs ?? [only!];
	setup.packs = packs;
	setup.imported = library?.imported ?? NO_CHOICES;
	if (isQuizMode(mode)) setup.mode = mode;
	if (pack && packs.some((p) => p.id === pack)) setup.filters.packs = [pack];
	// A failing database still leaves a playable quiz (the storage banner says why).
	let session = await setup
		.refresh()
		.then(() => QuizSession.resume(learner, packs, isQuizMode(mode) ? mode : undefined))
		.catch(() => null);
	const available = setup.mode === 'review' ? setup.due : setup.matching;
	if (!session && params.get('start') === '1' && available.length) session = await startQuiz(setup);
	// The set-up form shows no pack text, and a question's prompt often has no markup: the renderer
	// is waited for only when the first screen shows Markdown (a feedback, a summary, a prompt with
	// markup), so that screen is painted once, in its final form.
	const prompt = session?.current?.question.prompt;
	const plain =
		prompt && !session?.feedback && Object.values(prompt).every((text) => isPlainText(text));
	if (session && !plain) await preloadRichText();
	return { setup, session };
};
