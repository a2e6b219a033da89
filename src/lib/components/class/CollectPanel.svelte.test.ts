import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang, stringsReady } from '$lib/i18n/index.svelte';
import * as progress from '$lib/progress';
import { encodeResult, resultLink } from '$lib/class';
import { ClassRoom } from '$lib/state/class-room.svelte';
import type { Connection } from '$lib/state/learner.svelte';
import { openTestDb } from '../../../../tests/factories/progress';
import { classPack, makeClassSession, scenarioBody } from '../../../../tests/factories/class';
import CollectPanel from './CollectPanel.svelte';
import ClassView from './ClassView.svelte';

async function room() {
	const { db, profileId } = await openTestDb();
	const connection: Connection = { progress, db, profileId };
	const session = makeClassSession();
	await progress.saveClassSession(db, session);
	const store = {
		connect: async () => connection,
		write: <T>(op: (c: Connection) => Promise<T>) => op(connection)
	};
	const opened = new ClassRoom(store, session, classPack);
	await opened.load();
	return opened;
}

const link = async (...args: Parameters<typeof scenarioBody>) =>
	resultLink('https://x/class', await encodeResult(scenarioBody(...args)));

// IndexedDB, compression and two renders: slow on a busy machine.
describe('collecting results', () => {
	beforeAll(() => stringsReady());
	afterEach(() => setLang('fr', false));

	it('adds pasted links and names every refusal', async () => {
		const classRoom = await room();
		render(CollectPanel, { room: classRoom });
		const alice = await link('<i>Alice</i>', 'best');
		const other = await link('Zoë', 'keep', makeClassSession({ id: 'another-session-2' }));
		await fireEvent.input(screen.getByLabelText('Liens de résultat (un par ligne)'), {
			target: { value: [alice, other, alice.slice(0, -25), alice].join('\n') }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Ajouter les liens' }));
		const log = within(screen.getByRole('log'));
		expect(await log.findByText('Lien 1 : résultat de « <i>Alice</i> » ajouté.')).toBeVisible();
		expect(log.getByText('Lien 2 : refusé — il appartient à une autre séance.')).toBeVisible();
		expect(log.getByText('Lien 3 : refusé — il est tronqué ou abîmé.')).toBeVisible();
		expect(log.getByText('Lien 4 : refusé — il a déjà été recueilli.')).toBeVisible();
		expect(classRoom.results.map((r) => r.name)).toEqual(['<i>Alice</i>']);
	});

	it('shows the class view with shares in words, and a name with markup as text', async () => {
		const classRoom = await room();
		await classRoom.collect(
			await Promise.all([
				link('<i>Alice</i>', 'best').then((text) => ({ label: 'a', text })),
				link('Bram', 'keep').then((text) => ({ label: 'b', text })),
				link('Chloé', 'forgot').then((text) => ({ label: 'c', text }))
			])
		);
		const { container } = render(ClassView, {
			session: classRoom.session,
			pack: classPack,
			view: classRoom.view!,
			results: classRoom.results
		});
		const decisions = within(
			screen.getByRole('heading', { name: 'Décisions' }).closest('section')!
		);
		expect(decisions.getByText('67 % · 2 stagiaires')).toBeVisible();
		expect(decisions.getByText('33 % · 1 stagiaire')).toBeVisible();
		expect(screen.getByText(/Partenaire indispensable le plus oublié/)).toBeVisible();
		expect(screen.getByRole('rowheader', { name: '<i>Alice</i>' })).toBeVisible();
		expect(container.querySelector('i')).toBeNull();
		await setLang('nl', false);
		expect(await screen.findByRole('heading', { name: 'Beslissingen' })).toBeVisible();
	});
});
