import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import ContinueCard from './ContinueCard.svelte';
import PackProgressLine from './PackProgressLine.svelte';
import ReviewCard from './ReviewCard.svelte';

beforeAll(() => stringsReady());

describe('home cards', () => {
	it('links a due review count to the review quiz, and says when nothing is due', () => {
		const { unmount } = render(ReviewCard, { due: 3 });
		expect(screen.getByText('3 questions à revoir maintenant.')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Réviser maintenant' })).toHaveAttribute(
			'href',
			'/quiz?mode=review'
		);
		unmount();
		render(ReviewCard, { due: 0 });
		expect(screen.getByText("Rien à revoir pour l'instant.")).toBeInTheDocument();
		expect(screen.queryByRole('link')).not.toBeInTheDocument();
	});

	it('continues a quiz or a scenario where it was left', () => {
		// `target` is also a mount option: the props go under `props`.
		const { unmount } = render(ContinueCard, {
			props: { target: { kind: 'quiz', mode: 'practice', index: 2, total: 10 } }
		});
		expect(screen.getByText('Entraînement : question 3 sur 10')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: /Reprendre/ })).toHaveAttribute(
			'href',
			'/quiz?mode=practice'
		);
		unmount();
		render(ContinueCard, {
			props: {
				target: { kind: 'scenario', packId: 'plan-r', scenarioId: 's1', title: { fr: 'Ardenval' } }
			}
		});
		expect(screen.getByText('Scénario : Ardenval')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: /Reprendre/ })).toHaveAttribute(
			'href',
			'/play?pack=plan-r&scenario=s1'
		);
	});

	it('shows progress out of the pack totals', () => {
		const pack = { questionCount: 20, scenarioCount: 2 } as never;
		render(PackProgressLine, {
			pack,
			progress: { answered: 5, mastered: 2, scenariosCompleted: 1 }
		});
		expect(screen.getByText('5 sur 20 questions répondues, 2 maîtrisées')).toBeInTheDocument();
		expect(screen.getByText('1 sur 2 scénarios terminés')).toBeInTheDocument();
	});
});
