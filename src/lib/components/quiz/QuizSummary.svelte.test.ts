import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import { findQuestion, finishQuiz, packIndex, summarise } from '$lib/quiz/run';
import { QuizSession } from '$lib/state/quiz-session.svelte';
import { itemsOf, noStorage, quizPack } from '../../../../tests/factories/quiz';
import QuizSummary from './QuizSummary.svelte';

beforeAll(() => stringsReady());

async function examAfterOneAnswer(timerOff = false) {
	const session = await QuizSession.start(noStorage, [quizPack], {
		mode: 'exam',
		items: itemsOf('q-single', 'q-truefalse'),
		timeLimitMinutes: 10,
		timerOff
	});
	await session.submit({ kind: 'single', optionId: 'b' });
	return session;
}

describe('QuizSummary', () => {
	it('lists every question with the learner answer, the right one, explanation and source', async () => {
		const session = await examAfterOneAnswer();
		const run = finishQuiz(session.state, true);
		const summary = summarise(run, (i) => findQuestion(quizPack, i.questionId));
		const onagain = vi.fn();
		render(QuizSummary, { run, summary, packs: packIndex([quizPack]), onagain });

		expect(screen.getByRole('alert')).toHaveTextContent('Le temps est écoulé');
		expect(screen.getByText('0 bonne(s) réponse(s) sur 2 — 0 %')).toBeInTheDocument();
		expect(screen.getByText(/Pas encore réussi \(seuil : 70 %\)/)).toBeInTheDocument();
		expect(screen.getByText('Examen chronométré : 10 min.')).toBeInTheDocument();
		const [first, second] = screen.getAllByRole('listitem');
		expect(within(first!).getByText('Douanes')).toBeInTheDocument();
		expect(within(first!).getByText('Police fédérale')).toBeInTheDocument();
		expect(within(first!).getByText('Explication q-single')).toBeInTheDocument();
		expect(within(first!).getByRole('figure')).toBeInTheDocument();
		expect(within(second!).getAllByText(/Sans réponse/)).toHaveLength(2);
		expect(within(second!).getByText('Vrai')).toBeInTheDocument();
	});

	it('says when the exam was taken with timers off', async () => {
		const session = await examAfterOneAnswer(true);
		await session.stop();
		render(QuizSummary, {
			run: session.state,
			summary: session.summary,
			packs: session.packs,
			onagain: () => {}
		});
		expect(screen.getByText(/sans minuteur/)).toBeInTheDocument();
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
	});
});
