import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioRecord } from '$lib/engine/endings';
import { stringsReady } from '$lib/i18n/index.svelte';
import { PackSchema } from '$lib/packs/schema';
import { makePack } from '../../../../tests/factories/packs';
import ScenarioCard from './ScenarioCard.svelte';

const scenario = v.parse(PackSchema, makePack()).scenarios[0]!;
const href = '/play?pack=test-pack&scenario=liaison-basics';

beforeAll(() => stringsReady());

describe('ScenarioCard', () => {
	it('offers to play a scenario never finished, with nothing else to show', () => {
		render(ScenarioCard, {
			title: scenario.title,
			href,
			record: scenarioRecord(scenario, [])
		});
		expect(screen.getByRole('link', { name: 'Jouer : Les officiers de liaison' })).toHaveAttribute(
			'href',
			href
		);
		expect(screen.queryByText(/Meilleure note/)).not.toBeInTheDocument();
	});

	it('shows the best grade, the endings found by title and offers to replay', async () => {
		const record = scenarioRecord(scenario, [
			{ ending: { stepId: 'end-bad', grade: 'E' } },
			{ ending: { stepId: 'end-mid', grade: 'C' } }
		]);
		render(ScenarioCard, { title: scenario.title, href, record });
		expect(
			screen.getByRole('link', { name: 'Rejouer : Les officiers de liaison' })
		).toHaveAttribute('href', href);
		expect(screen.getByText('Meilleure note : C')).toBeInTheDocument();
		await userEvent.click(screen.getByText('Fins découvertes : 2 sur 3'));
		const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
		expect(items).toEqual([
			expect.stringMatching(/Fin à découvrir$/),
			expect.stringMatching(/Partiel$/),
			expect.stringMatching(/Échec$/)
		]);
		expect(screen.queryByText(/Réussi/)).not.toBeInTheDocument();
	});
});
