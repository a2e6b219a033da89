import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import * as progress from '$lib/progress';
import { ProgressDashboard } from '$lib/state/dashboard.svelte';
import type { Connection } from '$lib/state/learner.svelte';
import { openTestDb, seedProgress } from '../../../../tests/factories/progress';
import ProgressDashboardView from './ProgressDashboard.svelte';

async function dashboardFor(seed: boolean) {
	const { db, profileId } = await openTestDb();
	const pack = seed ? (await seedProgress(db, profileId)).pack : undefined;
	const connection: Connection = { progress, db, profileId };
	const dashboard = new ProgressDashboard({
		connect: async () => connection,
		packs: async () => (pack ? [pack] : [])
	});
	dashboard.watch();
	return dashboard;
}

describe('ProgressDashboard', () => {
	beforeAll(async () => {
		await setLang('fr', false);
		await stringsReady();
	});

	it('invites a learner with no answers yet to play', async () => {
		render(ProgressDashboardView, { dashboard: await dashboardFor(false) });
		expect(
			await screen.findByRole('heading', { name: "Rien à afficher pour l'instant" })
		).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Choisir un scénario' })).toBeInTheDocument();
	});

	it('shows figures, a chart with a text alternative, mastery and the history', async () => {
		render(ProgressDashboardView, { dashboard: await dashboardFor(true) });
		await screen.findByRole('heading', { name: 'En bref' });
		expect(screen.getByTestId('answers-count')).toHaveTextContent('3');
		expect(screen.getByTestId('questions-count')).toHaveTextContent('3');
		expect(screen.getByTestId('streak-longest')).toHaveTextContent('2 jours');

		// Oldest attempt first: the scenario (80 %) then the quiz (50 %).
		expect(
			screen.getByRole('img', { name: /Score des 2 dernières tentatives.*80 %, 50 %/ })
		).toBeInTheDocument();

		const topics = screen.getByRole('region', { name: 'Maîtrise par thème' });
		expect(within(topics).getByText('Liaison')).toBeInTheDocument();
		expect(within(topics).getByText('71 % · 5 questions ou étapes')).toBeInTheDocument();
		const actors = screen.getByRole('region', { name: 'Maîtrise par organisation' });
		expect(within(actors).getByText('OE — Office des étrangers')).toBeInTheDocument();
		expect(within(actors).getByText('Police fédérale')).toBeInTheDocument();
		expect(within(actors).getAllByText('50 % · 1 question ou étape')).toHaveLength(2);

		const rows = within(screen.getByRole('table')).getAllByRole('row');
		expect(rows).toHaveLength(3);
		expect(rows[1]).toHaveTextContent('Quiz (plusieurs packs)');
		expect(rows[1]).toHaveTextContent('50 % (1 sur 2 points)');
		expect(rows[2]).toHaveTextContent('Scénario « Les officiers de liaison » (Pack de test)');
		expect(rows[2]).toHaveTextContent('terminé');
	});

	it('switches to Dutch names at once', async () => {
		render(ProgressDashboardView, { dashboard: await dashboardFor(true) });
		await screen.findByRole('heading', { name: 'En bref' });
		await setLang('nl', false);
		expect(await screen.findByRole('heading', { name: 'In het kort' })).toBeInTheDocument();
		expect(screen.getByRole('table')).toHaveTextContent('Quiz (meerdere pakketten)');
		expect(screen.getByText('DVZ — Dienst Vreemdelingenzaken')).toBeInTheDocument();
		await setLang('fr', false);
	});
});
