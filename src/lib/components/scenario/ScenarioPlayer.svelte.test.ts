import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import * as v from 'valibot';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import { PackSchema, type PackInput } from '$lib/packs/schema';
import { PlaySession } from '$lib/state/play-session.svelte';
import { makePack } from '../../../../tests/factories/packs';
import ScenarioPlayer from './ScenarioPlayer.svelte';

HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
	this.open = true;
};

const T0 = Date.UTC(2026, 0, 5, 9, 0);
type Options = NonNullable<PackInput['options']>;
const packWith = (options: Options) =>
	v.parse(PackSchema, makePack({ options: { feedback: 'immediate', ...options } }));
const play = (options: Options, clock?: { now: number; timerOff: boolean }) =>
	PlaySession.preview(packWith(options), 'liaison-basics', undefined, clock)!;

async function chooseShare() {
	await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
	await userEvent.click(await screen.findByRole('radio', { name: 'Partager' }));
	await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
}

beforeAll(async () => {
	// jsdom has no scrolling; the player scrolls each new step into view.
	window.scrollTo = () => {};
	await setLang('fr', false);
	await stringsReady();
});

afterEach(() => vi.useRealTimers());

describe('ScenarioPlayer feedback', () => {
	it('announces the verdict through a live region that is there before the feedback', async () => {
		render(ScenarioPlayer, { session: play({}) });
		const live = screen.getByRole('status');
		expect(live.textContent).toBe('');
		await chooseShare();
		expect(await screen.findByRole('heading', { name: /Bonne réponse/ })).toBeInTheDocument();
		expect(live).toHaveTextContent(/^Bonne réponse : 2 point\(s\) sur 2\.$/);
		await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
		expect(live.textContent).toBe('');
	});

	it('announces no verdict when the pack defers it to the debrief', async () => {
		render(ScenarioPlayer, { session: play({ feedback: 'deferred' }) });
		await chooseShare();
		expect(await screen.findByRole('heading', { name: 'Ce qui se passe' })).toBeInTheDocument();
		expect(screen.getByRole('status').textContent).toBe('');
	});
});

describe('ScenarioPlayer roster', () => {
	it('offers "who does what" when the pack allows it, in the current language', async () => {
		render(ScenarioPlayer, { session: play({ rosterDuringPlay: true }) });
		await userEvent.click(screen.getByRole('button', { name: 'Qui fait quoi ?' }));
		const roster = screen.getByRole('dialog', { name: 'Qui fait quoi' });
		const terms = () =>
			within(roster)
				.getAllByRole('term')
				.map((term) => term.textContent?.replace(/\s+/g, ' ').trim());
		expect(terms()).toEqual([
			'CCB — Centre pour la Cybersécurité Belgique',
			'OE — Office des étrangers',
			// A name equal to its short name is not repeated.
			'Police fédérale'
		]);

		await setLang('nl', false);
		try {
			expect(await screen.findByRole('button', { name: 'Wie doet wat?' })).toBeInTheDocument();
			expect(terms()).toContain('DVZ — Dienst Vreemdelingenzaken');
			expect(terms()).toContain('CCB — Centrum voor Cybersecurity België');
		} finally {
			await setLang('fr', false);
		}
	});

	it('is not offered when the pack says so', () => {
		render(ScenarioPlayer, { session: play({ rosterDuringPlay: false }) });
		expect(screen.getByRole('button', { name: 'Continuer' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Qui fait quoi ?' })).not.toBeInTheDocument();
	});
});

describe('ScenarioPlayer time limit', () => {
	it('shows the time left and ends the scenario when it runs out, grading what was done', async () => {
		vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] });
		render(ScenarioPlayer, {
			session: play({ timeLimitMinutes: 2 }, { now: T0, timerOff: false })
		});
		expect(screen.getByRole('timer', { name: 'Temps restant' })).toHaveTextContent('2:00');
		await chooseShare();
		await userEvent.click(await screen.findByRole('button', { name: 'Continuer' }));
		expect(await screen.findByText('Qui impliquer ?')).toBeInTheDocument();

		await vi.advanceTimersByTimeAsync(60_000);
		await tick();
		expect(screen.getByRole('timer')).toHaveTextContent('1:00');
		expect(screen.getByText('Il reste 1 minute.')).toBeInTheDocument();
		await vi.advanceTimersByTimeAsync(60_000);

		expect(await screen.findByRole('heading', { name: 'Temps écoulé' })).toBeInTheDocument();
		expect(screen.queryByRole('timer')).not.toBeInTheDocument();
		expect(screen.getByText(/La limite de 2 minutes est atteinte/)).toBeInTheDocument();
		// 2 points (decision) out of 2 + 3 (the partners step left unanswered): 40 % → D.
		expect(screen.getByText('Note : D')).toBeInTheDocument();
		expect(screen.getByText('Score : 2 sur 5 (40 %)')).toBeInTheDocument();
		expect(
			screen.getByText('Sans réponse (temps écoulé) : « Qui impliquer ? », 0 point sur 3.')
		).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^Confirmer/ })).not.toBeInTheDocument();
	});

	it('has no timer when the learner turned timers off, and the debrief says so', async () => {
		render(ScenarioPlayer, { session: play({ timeLimitMinutes: 2 }, { now: T0, timerOff: true }) });
		expect(screen.queryByRole('timer')).not.toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
		await userEvent.click(await screen.findByRole('radio', { name: 'Garder' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
		await userEvent.click(await screen.findByRole('button', { name: 'Continuer' }));
		expect(await screen.findByRole('heading', { name: 'Débriefing' })).toBeInTheDocument();
		expect(
			screen.getByText(
				'Scénario joué sans sa limite de temps (2 min) : réglage « minuteurs désactivés ».'
			)
		).toBeInTheDocument();
	});
});
