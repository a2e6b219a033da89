import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { stringsReady } from '$lib/i18n/index.svelte';
import { learner } from '$lib/state/learner.svelte';
import { preferences } from '$lib/state/preferences.svelte';
import { ProfilesState } from '$lib/state/profiles.svelte';
import ProfilesPanel from './ProfilesPanel.svelte';
import TimerPanel from './TimerPanel.svelte';

HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
	this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
	this.open = false;
};

beforeAll(() => stringsReady());

async function panel() {
	const profiles = new ProfilesState();
	await profiles.load();
	render(ProfilesPanel, { profiles });
	return profiles;
}

describe('ProfilesPanel', () => {
	it('starts with one default profile, active, that cannot be deleted', async () => {
		await panel();
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(1);
		expect(items[0]).toHaveTextContent('Profil principal');
		expect(items[0]).toHaveTextContent('profil actif');
		expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();
	});

	it('creates, switches, renames and deletes profiles; each keeps its own settings', async () => {
		const profiles = await panel();
		const first = learner.profileId!;
		await preferences.load();
		await preferences.setTimerOff(true);

		await userEvent.type(screen.getByLabelText("Nom d'un nouveau profil"), 'Classe B');
		await userEvent.click(screen.getByRole('button', { name: 'Créer et utiliser' }));
		await vi.waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent('Profil « Classe B » créé et activé.')
		);
		expect(learner.profileId).not.toBe(first);
		// The new profile has its own preferences.
		await expect.poll(() => preferences.timerOff).toBe(false);

		await userEvent.click(screen.getByRole('button', { name: 'Renommer « Classe B »' }));
		const name = screen.getByLabelText('Nouveau nom');
		await userEvent.clear(name);
		await userEvent.type(name, 'Classe C{Enter}');
		expect(await screen.findByText('Classe C')).toBeInTheDocument();

		await userEvent.click(
			screen.getByRole('button', { name: 'Utiliser le profil « Profil principal »' })
		);
		await expect.poll(() => learner.profileId).toBe(first);
		await expect.poll(() => preferences.timerOff).toBe(true);

		await userEvent.click(screen.getByRole('button', { name: 'Supprimer « Classe C »' }));
		const dialog = screen.getByRole('dialog', { name: 'Supprimer le profil « Classe C » ?' });
		await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer le profil' }));
		await expect.poll(() => profiles.list.length).toBe(1);
		expect(screen.queryByText('Classe C')).not.toBeInTheDocument();
	});
});

describe('TimerPanel', () => {
	it('is a switch that stores the timer-off preference', async () => {
		await preferences.reload();
		render(TimerPanel);
		const toggle = screen.getByRole('switch', {
			name: 'Pas de limite de temps dans les quiz et les scénarios'
		});
		const before = preferences.timerOff;
		await userEvent.click(toggle);
		expect(preferences.timerOff).toBe(!before);
		const { progress, db, profileId } = (await learner.connect())!;
		expect(await progress.getSetting(db, profileId, 'timerOff')).toBe(!before);
	});
});
