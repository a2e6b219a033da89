import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makePack, makeQuestions } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import { validatePack } from '$lib/packs/validate';
import { decodePayload } from '$lib/sharing/link-codec';
import SharePanel from './SharePanel.svelte';

const ORIGIN = 'https://liaison.example';

function pack(small: boolean) {
	const result = validatePack(
		small ? makePack({ scenarios: [], questions: makeQuestions().slice(0, 1) }) : makePack()
	);
	if (!result.ok) throw new Error('invalid factory pack');
	return result.pack;
}

describe('SharePanel', () => {
	beforeAll(() => stringsReady());

	it('puts a small pack inside the link, copies it and shows its QR code', async () => {
		const user = userEvent.setup();
		const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
		render(SharePanel, { pack: pack(true), title: 'Pack de test', origin: ORIGIN });
		const link = (await screen.findByLabelText('Lien à partager')) as HTMLTextAreaElement;
		await waitFor(() => expect(link.value).toMatch(/^https:\/\/liaison\.example\/open#p=1\./));
		const decoded = await decodePayload(new URL(link.value).hash.slice(3));
		expect(decoded.ok && JSON.parse(decoded.text).id).toBe('test-pack');

		await user.click(screen.getByRole('button', { name: 'Copier le lien' }));
		expect(writeText).toHaveBeenCalledWith(link.value);
		expect(screen.getByRole('status')).toHaveTextContent('Lien copié.');

		const toggle = screen.getByRole('button', { name: 'Afficher le code QR' });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await user.click(toggle);
		const qr = await screen.findByRole('img', { name: 'Code QR du lien vers « Pack de test »' });
		expect(qr.tagName.toLowerCase()).toBe('svg');
		expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
		expect(screen.getByRole('button', { name: 'Masquer le code QR' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
	});

	it('offers the file and a hosted-file link when the pack is too big for a link', async () => {
		const user = userEvent.setup();
		render(SharePanel, { pack: pack(false), title: 'Pack de test', origin: ORIGIN });
		expect(await screen.findByText(/trop grand pour tenir dans un lien/)).toBeInTheDocument();
		expect(
			await screen.findByRole('link', { name: 'Télécharger le fichier du pack' })
		).toHaveAttribute('download', 'test-pack.json');
		expect(screen.queryByLabelText('Lien à partager')).toBeNull();

		const address = screen.getByLabelText('Adresse https:// du fichier en ligne');
		await user.type(address, 'http://packs.example/p.json');
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		expect(address).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByText(/seules les adresses https:\/\//)).toBeInTheDocument();

		await user.clear(address);
		await user.type(address, 'https://packs.example/p.json');
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		const link = screen.getByLabelText('Lien à partager') as HTMLTextAreaElement;
		expect(new URL(link.value).searchParams.get('pack')).toBe('https://packs.example/p.json');
	});

	it('links to the hosted file a pack came from', () => {
		render(SharePanel, {
			pack: pack(false),
			fileUrl: 'https://packs.example/equipe.yaml',
			title: 'Pack de test',
			origin: ORIGIN
		});
		const link = screen.getByLabelText('Lien à partager') as HTMLTextAreaElement;
		expect(link.value).toBe(
			'https://liaison.example/open?pack=https%3A%2F%2Fpacks.example%2Fequipe.yaml'
		);
	});
});
