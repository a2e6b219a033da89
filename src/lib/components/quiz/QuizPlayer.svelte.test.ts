import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import { QuizSession } from '$lib/state/quiz-session.svelte';
import { FACTORY_QUOTE } from '../../../../tests/factories/packs';
import { itemsOf, noStorage, quizPack } from '../../../../tests/factories/quiz';
import QuizPlayer from './QuizPlayer.svelte';

beforeAll(() => {
	// jsdom has no scrolling; the player scrolls each new question into view.
	window.scrollTo = () => {};
	return stringsReady();
});

describe('QuizPlayer', () => {
	it("names an imported pack on each of its questions, and not a built-in one's", async () => {
		const session = await QuizSession.start(noStorage, [quizPack], {
			mode: 'practice',
			items: itemsOf('q-single')
		});
		const { unmount } = render(QuizPlayer, { session, imported: (id) => id === quizPack.id });
		expect(screen.getByText('Pack importé : Pack de test')).toBeInTheDocument();
		unmount();
		render(QuizPlayer, { session, imported: () => false });
		expect(screen.getByRole('heading', { name: 'Question 1 sur 1' })).toBeInTheDocument();
		expect(screen.queryByText(/Pack importé/)).not.toBeInTheDocument();
	});

	it('explains a practice answer with its source, and shows the right answer when wrong', async () => {
		const session = await QuizSession.start(noStorage, [quizPack], {
			mode: 'practice',
			items: itemsOf('q-single', 'q-truefalse')
		});
		render(QuizPlayer, { session });
		expect(screen.getByRole('heading', { name: 'Question 1 sur 2' })).toBeInTheDocument();
		// The live region is on the page before any feedback, so screen readers announce the verdict.
		const live = screen.getByRole('status');
		expect(live.textContent).toBe('');
		await userEvent.click(screen.getByRole('radio', { name: 'Douanes' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));

		expect(await screen.findByRole('heading', { name: /Réponse incorrecte/ })).toBeInTheDocument();
		expect(live).toHaveTextContent(/^Réponse incorrecte : 0 point\(s\) sur 1\.$/);
		expect(screen.getByText('Explication q-single')).toBeInTheDocument();
		// The author's note on the option chosen.
		expect(screen.getByText('Non')).toBeInTheDocument();
		expect(screen.getByText(`« ${FACTORY_QUOTE} »`)).toBeInTheDocument();
		expect(screen.getByText('Bonne réponse')).toBeInTheDocument();
		expect(screen.getByText('Police fédérale', { selector: 'dd' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Valider' })).not.toBeInTheDocument();

		await userEvent.click(screen.getByRole('button', { name: 'Question suivante' }));
		expect(await screen.findByRole('heading', { name: 'Question 2 sur 2' })).toBeInTheDocument();
		expect(live.textContent).toBe('');
		await userEvent.click(screen.getByRole('radio', { name: 'Vrai' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
		expect(await screen.findByRole('button', { name: 'Voir le résultat' })).toBeInTheDocument();
		expect(live).toHaveTextContent(/^Bonne réponse : 1 point\(s\) sur 1\.$/);
	});

	it('moves an exam on without a verdict and shows the time left', async () => {
		const session = await QuizSession.start(noStorage, [quizPack], {
			mode: 'exam',
			items: itemsOf('q-single', 'q-truefalse'),
			timeLimitMinutes: 10
		});
		render(QuizPlayer, { session });
		expect(screen.getByRole('timer', { name: 'Temps restant' })).toHaveTextContent(
			/^(10:00|9:59)$/
		);
		await userEvent.click(screen.getByRole('radio', { name: 'Douanes' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
		expect(await screen.findByRole('heading', { name: 'Question 2 sur 2' })).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: /Réponse incorrecte/ })).not.toBeInTheDocument();
		expect(
			screen.getByText('Réponse enregistrée. La correction viendra à la fin.')
		).toBeInTheDocument();
	});

	it('tells a screen reader that each exam answer is stored, not only the first', async () => {
		const session = await QuizSession.start(noStorage, [quizPack], {
			mode: 'exam',
			items: itemsOf('q-single', 'q-truefalse', 'q-short')
		});
		const { container } = render(QuizPlayer, { session });
		const live = container.querySelector('p.visually-hidden[role="status"]')!;
		const announced: string[] = [];
		new MutationObserver(() => live.textContent && announced.push(live.textContent)).observe(live, {
			childList: true,
			characterData: true,
			subtree: true
		});
		await userEvent.click(screen.getByRole('radio', { name: 'Douanes' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
		await screen.findByRole('heading', { name: 'Question 2 sur 3' });
		await userEvent.click(screen.getByRole('radio', { name: 'Vrai' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
		await screen.findByRole('heading', { name: 'Question 3 sur 3' });
		await vi.waitFor(() =>
			expect(announced).toEqual([
				'Réponse enregistrée. La correction viendra à la fin.',
				'Réponse enregistrée. La correction viendra à la fin.'
			])
		);
	});
});
