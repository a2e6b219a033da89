import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Connection } from '$lib/state/learner.svelte';
import { QuizSession, type QuizStore } from '$lib/state/quiz-session.svelte';
import { itemsOf, quizPack } from '../../../../tests/factories/quiz';
import QuizPlayer from './QuizPlayer.svelte';

beforeAll(() => {
	window.scrollTo = () => {};
	return stringsReady();
});

/** A store that records the run, then fails writes while `failing` is set (a full device). */
function flakyStore() {
	const state = { failing: false, saved: 0 };
	const store: QuizStore = {
		connect: async () => ({}) as Connection,
		write: async <T>(): Promise<T | undefined> => {
			if (state.failing) return undefined;
			state.saved++;
			return { run: { id: 'run-1' } } as T;
		}
	};
	return { store, state };
}

describe('QuizPlayer when an answer cannot be saved', () => {
	it('says so, keeps the answer on screen without a verdict, and judges it once a retry is saved', async () => {
		const { store, state } = flakyStore();
		const session = await QuizSession.start(store, [quizPack], {
			mode: 'practice',
			items: itemsOf('q-single', 'q-truefalse')
		});
		render(QuizPlayer, { session });
		state.failing = true;
		await userEvent.click(screen.getByRole('radio', { name: 'Douanes' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));

		expect(await screen.findByRole('alert')).toHaveTextContent(
			"Votre réponse n'a pas été enregistrée ; elle reste à l'écran. Réessayez."
		);
		expect(screen.queryByRole('heading', { name: /Réponse incorrecte/ })).not.toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Douanes' })).toBeChecked();
		expect(screen.getByRole('status').textContent).toBe('');

		state.failing = false;
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
		expect(await screen.findByRole('heading', { name: /Réponse incorrecte/ })).toBeInTheDocument();
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		expect(state.saved).toBe(2);
	});
});
