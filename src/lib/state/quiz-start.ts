import { learner } from './learner.svelte';
import { installForPlay } from './library';
import { preferences } from './preferences.svelte';
import { QuizSession } from './quiz-session.svelte';
import type { QuizSetup } from './quiz-setup.svelte';

/** Starts a quiz on what the set-up holds (a link's start, the set-up form's button). */
export function startQuiz(setup: QuizSetup): Promise<QuizSession> {
	const items = setup.draw(crypto.randomUUID());
	const used = new Set(items.map((item) => item.packId));
	// The built-in packs drawn from are recorded first: answers to them then count for review.
	installForPlay(setup.packs.filter((p) => used.has(p.id)));
	return QuizSession.start(learner, setup.packs, {
		mode: setup.mode,
		items,
		timeLimitMinutes: setup.timeLimitMinutes,
		timerOff: preferences.timerOff
	});
}
