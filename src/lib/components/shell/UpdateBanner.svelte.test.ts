import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pwa } from '$lib/pwa/pwa.svelte';
import UpdateBanner from './UpdateBanner.svelte';

describe('UpdateBanner', () => {
	afterEach(() => {
		pwa.updateWaiting = false;
		pwa.reloadNeeded = false;
		vi.restoreAllMocks();
	});

	it('stays hidden while no update waits', () => {
		render(UpdateBanner);
		expect(screen.queryByRole('status')).not.toBeInTheDocument();
	});

	it('announces a waiting version and applies it only when asked', async () => {
		const apply = vi.spyOn(pwa, 'applyUpdate').mockResolvedValue();
		render(UpdateBanner);
		pwa.updateWaiting = true;
		flushSync();
		expect(screen.getByRole('status')).toHaveTextContent('Nouvelle version disponible');
		expect(apply).not.toHaveBeenCalled();
		await userEvent.click(screen.getByRole('button', { name: 'Mettre à jour' }));
		expect(apply).toHaveBeenCalledOnce();
	});

	it('can be put off until later', async () => {
		render(UpdateBanner);
		pwa.updateWaiting = true;
		flushSync();
		await userEvent.click(screen.getByRole('button', { name: 'Plus tard' }));
		expect(screen.queryByRole('status')).not.toBeInTheDocument();
	});

	it('asks for a reload when another tab activated the new version', () => {
		render(UpdateBanner);
		pwa.reloadNeeded = true;
		flushSync();
		expect(screen.getByRole('status')).toHaveTextContent('autre onglet');
		expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
	});
});
