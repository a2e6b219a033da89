import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import StorageBanner from '$lib/components/ui/StorageBanner.svelte';
import { makeProgressPack } from '../../../tests/factories/progress';
import { learner } from './learner.svelte';

const persist = vi.fn(async () => true);
Object.defineProperty(navigator, 'storage', {
	configurable: true,
	value: { persisted: async () => false, persist, estimate: async () => ({ usage: 1, quota: 2 }) }
});

describe('learner', () => {
	it('asks for persistent storage once, after the first save of the learner’s own data', async () => {
		await learner.connect();
		expect(learner.status).toBe('ready');
		expect(learner.persistence).toBe('denied');
		await learner.ensureInstalled([makeProgressPack()], 'builtin');
		expect(persist).not.toHaveBeenCalled();

		await learner.write(({ progress, db, profileId }) =>
			progress.setSetting(db, profileId, 'x', 1)
		);
		await learner.write(({ progress, db, profileId }) =>
			progress.setSetting(db, profileId, 'x', 2)
		);
		await expect.poll(() => learner.persistence).toBe('granted');
		expect(persist).toHaveBeenCalledOnce();
	});

	it('reports a full device, then a database closed by another tab, in the banner', async () => {
		render(StorageBanner);
		const full = await learner.write(async () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		expect(full).toBeUndefined();
		expect(learner.writeError).toBe('quota-exceeded');
		flushSync();
		expect(screen.getByRole('alert')).toHaveTextContent("stockage de l'appareil est plein");

		await learner.write(async ({ progress }) => {
			throw new progress.ProgressError('closed');
		});
		expect(learner.status).toBe('closed');
		flushSync();
		expect(screen.getByRole('alert')).toHaveTextContent('mise à jour dans un autre onglet');
		expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
	});
});
