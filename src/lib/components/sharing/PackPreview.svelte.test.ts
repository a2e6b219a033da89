import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makePack } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import { PackSchema } from '$lib/packs/schema';
import PackPreview from './PackPreview.svelte';

const pack = v.parse(PackSchema, makePack({ version: '1.1.0' }));

describe('PackPreview', () => {
	beforeAll(() => stringsReady());

	it('shows what a new pack holds and stores it only on consent', async () => {
		const onconfirm = vi.fn();
		const oncancel = vi.fn();
		render(PackPreview, { pack, plan: { kind: 'new' }, size: 20_480, onconfirm, oncancel });
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
			'Enregistrer ce pack ? Pack de test'
		);
		expect(screen.getByText('Équipe Liaison')).toBeInTheDocument();
		expect(screen.getByText(/20\s?ko/)).toBeInTheDocument();
		expect(screen.getByText("Nouveau pack : rien n'est remplacé.")).toBeInTheDocument();
		expect(onconfirm).not.toHaveBeenCalled();
		await userEvent.click(screen.getByRole('button', { name: 'Ne pas enregistrer' }));
		expect(oncancel).toHaveBeenCalledOnce();
		// A shared pack's questions join practice only when the learner asks.
		expect(screen.getByRole('checkbox', { name: /Ajouter ses questions/ })).not.toBeChecked();
		await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le pack' }));
		expect(onconfirm).toHaveBeenCalledExactlyOnceWith(false);
	});

	it('stores the pack in practice when the learner ticks it, and keeps a stored choice', async () => {
		const onconfirm = vi.fn();
		const { unmount } = render(PackPreview, {
			pack,
			plan: { kind: 'new' },
			size: 900,
			onconfirm,
			oncancel() {}
		});
		await userEvent.click(screen.getByRole('checkbox', { name: /Ajouter ses questions/ }));
		await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le pack' }));
		expect(onconfirm).toHaveBeenCalledExactlyOnceWith(true);
		unmount();
		const plan = {
			kind: 'update' as const,
			previousVersion: '1.0.0',
			added: [],
			changed: [],
			removed: []
		};
		render(PackPreview, { pack, plan, size: 900, inPractice: true, onconfirm() {}, oncancel() {} });
		expect(screen.getByRole('checkbox', { name: /Ajouter ses questions/ })).toBeChecked();
	});

	it('says what a newer version replaces and which progress starts again', () => {
		const plan = {
			kind: 'update' as const,
			previousVersion: '1.0.0',
			added: ['q9'],
			changed: ['q1', 'q2'],
			removed: []
		};
		render(PackPreview, { pack, plan, size: 900, onconfirm() {}, oncancel() {} });
		const effect = screen.getByText(/Remplace la version 1\.0\.0/);
		expect(effect).toHaveTextContent('1 question ajoutée.');
		expect(effect).toHaveTextContent('2 questions modifiées : leur progression repart de zéro.');
		expect(effect).toHaveTextContent('La progression des autres questions est conservée.');
	});
});
