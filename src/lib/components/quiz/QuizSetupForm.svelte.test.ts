import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import { QuizSetup } from '$lib/state/quiz-setup.svelte';
import { noStorage, quizPack } from '../../../../tests/factories/quiz';
import QuizSetupForm from './QuizSetupForm.svelte';

beforeAll(() => stringsReady());

function setupWithPack() {
	const setup = new QuizSetup(noStorage);
	setup.packs = [quizPack];
	return setup;
}

describe('QuizSetupForm', () => {
	it("leaves an imported pack's questions out of practice until the learner ticks it", async () => {
		const setup = setupWithPack();
		setup.imported = new Map([[quizPack.id, false]]);
		const saved: [string, boolean][] = [];
		const save = async (id: string, chosen: boolean) => (saved.push([id, chosen]), true);
		render(QuizSetupForm, {
			setup,
			timerOff: false,
			onstart() {},
			onpractice: (id, chosen) => setup.choosePractice(id, chosen, save)
		});
		expect(screen.getByText('0 question correspond.')).toBeInTheDocument();
		const box = screen.getByRole('checkbox', { name: 'Pack de test' });
		expect(box).not.toBeChecked();
		await userEvent.click(box);
		expect(saved).toEqual([[quizPack.id, true]]);
		expect(await screen.findByText('7 questions correspondent.')).toBeInTheDocument();
		expect(box).toBeChecked();
	});

	it('shows the choice as it was when it could not be stored', async () => {
		const setup = setupWithPack();
		setup.imported = new Map([[quizPack.id, false]]);
		render(QuizSetupForm, {
			setup,
			timerOff: false,
			onstart() {},
			onpractice: (id, chosen) => setup.choosePractice(id, chosen, async () => false)
		});
		const box = screen.getByRole('checkbox', { name: 'Pack de test' });
		await userEvent.click(box);
		await vi.waitFor(() => expect(box).not.toBeChecked());
		expect(screen.getByText('0 question correspond.')).toBeInTheDocument();
	});

	it('counts the matching questions and says clearly when none is left', async () => {
		const onstart = vi.fn();
		const setup = setupWithPack();
		render(QuizSetupForm, { setup, timerOff: false, onstart });
		expect(screen.getByText('7 questions correspondent.')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('checkbox', { name: /Seulement mes erreurs/ }));
		expect(screen.getByText('0 question correspond.')).toBeInTheDocument();
		expect(screen.getByText(/Aucune erreur enregistrée/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: "Commencer l'entraînement" })).toBeDisabled();
		await userEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
		await userEvent.click(screen.getByRole('button', { name: "Commencer l'entraînement" }));
		expect(onstart).toHaveBeenCalledOnce();
	});

	it('cannot start a second quiz while the first one is starting', async () => {
		let started = () => {};
		const onstart = vi.fn(() => new Promise<void>((resolve) => (started = resolve)));
		render(QuizSetupForm, { setup: setupWithPack(), timerOff: false, onstart });
		const button = screen.getByRole('button', { name: "Commencer l'entraînement" });
		await userEvent.dblClick(button);
		await userEvent.click(button);
		expect(onstart).toHaveBeenCalledOnce();
		expect(button).toHaveAttribute('aria-disabled', 'true');
		expect(button).toHaveAccessibleName("Commencer l'entraînement");

		// Had the quiz failed to show, the form is usable again.
		started();
		await vi.waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
		await userEvent.click(button);
		expect(onstart).toHaveBeenCalledTimes(2);
	});

	it('offers a time limit for exams and says when timers are off', async () => {
		const setup = setupWithPack();
		render(QuizSetupForm, { setup, timerOff: true, onstart: () => {} });
		await userEvent.click(screen.getByRole('radio', { name: /Examen/ }));
		await userEvent.click(screen.getByRole('radio', { name: '20 min' }));
		expect(setup.timeLimitMinutes).toBe(20);
		expect(screen.getByText(/ne sera pas chronométré/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: "Commencer l'examen" })).toBeEnabled();
	});

	it('says when the next review falls due when nothing is due', () => {
		const setup = setupWithPack();
		setup.mode = 'review';
		setup.nextDueAt = Date.UTC(2026, 2, 2, 9, 30);
		render(QuizSetupForm, { setup, timerOff: false, onstart: () => {} });
		expect(screen.getByRole('status')).toHaveTextContent(
			/Rien à revoir pour l'instant\. Prochaine révision : .*2026/
		);
		expect(screen.getByRole('button', { name: 'Commencer la révision' })).toBeDisabled();
	});
});
