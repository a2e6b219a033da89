import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import { PackSchema } from '$lib/packs/schema';
import { PlaySession } from '$lib/state/play-session.svelte';
import { EndingLog } from '$lib/state/play-stakes.svelte';
import { makePack, makeScenario, t } from '../../../../tests/factories/packs';
import ScenarioPlayer from './ScenarioPlayer.svelte';

HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
	this.open = true;
};

function stakesPack() {
	const scenario = makeScenario();
	scenario.variables = {
		trust: { initial: 2, min: 0, max: 5, label: t('Confiance des partenaires'), shown: true },
		secret: { initial: 1, min: 0, max: 3, label: t('Compteur interne') }
	};
	return v.parse(PackSchema, makePack({ scenarios: [scenario] }));
}
const play = () => PlaySession.preview(stakesPack(), 'liaison-basics')!;
const MINUS = '\u2212';

async function decide(choice: 'Partager' | 'Garder') {
	await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
	await userEvent.click(await screen.findByRole('radio', { name: choice }));
	await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
}
const progress = () =>
	Number(screen.getByRole('progressbar', { name: 'Avancement du scénario' }).getAttribute('value'));

beforeAll(async () => {
	window.scrollTo = () => {};
	await setLang('fr', false);
	await stringsReady();
});

describe('gauges', () => {
	it('shows only the shown variables, with value and range for screen readers', () => {
		render(ScenarioPlayer, { session: play() });
		const gauge = screen.getByRole('meter', { name: 'Confiance des partenaires' });
		expect(gauge).toHaveAttribute('aria-valuenow', '2');
		expect(gauge).toHaveAttribute('aria-valuetext', '2 sur une échelle de 0 à 5');
		expect(gauge).toHaveTextContent('2/5');
		expect(screen.queryByRole('meter', { name: 'Compteur interne' })).not.toBeInTheDocument();
	});

	it('moves after a decision and announces the change with a real minus sign', async () => {
		render(ScenarioPlayer, { session: play() });
		await decide('Garder');
		const gauge = await screen.findByRole('meter', { name: 'Confiance des partenaires' });
		expect(gauge).toHaveAttribute('aria-valuenow', '0');
		expect(gauge).toHaveTextContent(`${MINUS}2`);
		expect(screen.getByRole('status')).toHaveTextContent(
			`Réponse incorrecte : 0 point(s) sur 2. Confiance des partenaires ${MINUS}2`
		);
		await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
		expect(screen.getByRole('status').textContent).toBe('');
	});

	it('announces a rise with a plus sign', async () => {
		render(ScenarioPlayer, { session: play() });
		await decide('Partager');
		expect(screen.getByRole('status')).toHaveTextContent(/Confiance des partenaires \+1$/);
	});
});

describe('progress bar', () => {
	it('fills as the trainee moves on, never goes back, and is full at the ending', async () => {
		render(ScenarioPlayer, { session: play() });
		expect(progress()).toBe(0);
		await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
		const afterBriefing = progress();
		expect(afterBriefing).toBeGreaterThan(0);
		await userEvent.click(await screen.findByRole('radio', { name: 'Garder' }));
		await userEvent.click(screen.getByRole('button', { name: 'Valider' }));
		expect(progress()).toBe(100);
		expect(screen.getByRole('progressbar')).toHaveAttribute(
			'aria-valuetext',
			expect.stringMatching(/^100\s%/)
		);
	});
});

describe('debrief and endings', () => {
	async function finishBadly(endings: EndingLog) {
		render(ScenarioPlayer, { session: play(), endings });
		await decide('Garder');
		await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
		await screen.findByRole('heading', { name: 'Échec', level: 2 });
	}

	it('shows how each shown variable evolved step by step', async () => {
		await finishBadly(new EndingLog());
		const table = screen.getByRole('table', { name: /Valeur de chaque enjeu/ });
		const rows = within(table).getAllByRole('row');
		const cells = (row: HTMLElement) =>
			[...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
		expect(rows.map(cells)).toEqual([
			['Étape', 'Confiance des partenaires'],
			['Début', '2'],
			['Étape 1', '2'],
			['Étape 2', `0 (${MINUS}2)`]
		]);
		expect(screen.queryByRole('meter')).not.toBeInTheDocument();
	});

	it('says when the ending is new, and not when it was reached before', async () => {
		const fresh = new EndingLog();
		fresh.known = new Set(['end-good']);
		await finishBadly(fresh);
		expect(screen.getByText('Nouvelle fin découverte !')).toBeInTheDocument();
		document.body.innerHTML = '';
		const seen = new EndingLog();
		seen.known = new Set(['end-bad']);
		await finishBadly(seen);
		expect(screen.queryByText('Nouvelle fin découverte !')).not.toBeInTheDocument();
	});

	it('no longer calls the ending new after a replay reaches it again', async () => {
		const log = new EndingLog();
		log.known = new Set();
		await finishBadly(log);
		expect(screen.getByText('Nouvelle fin découverte !')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Recommencer le scénario' }));
		await decide('Garder');
		await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
		await screen.findByRole('heading', { name: 'Échec', level: 2 });
		expect(screen.queryByText('Nouvelle fin découverte !')).not.toBeInTheDocument();
	});
});
