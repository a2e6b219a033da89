import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { part, renderParts } from '../../../../tests/factories/editor';
import { stringsReady } from '$lib/i18n/index.svelte';
import AssetsForm from './AssetsForm.svelte';
import StepImage from './StepImage.svelte';
// A PNG signature and IHDR chunk of a 1×1 image: enough for the schema and the pixel check.
const png = () =>
	new File(
		[
			new Uint8Array([
				137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0,
				0, 0, 0, 0, 0, 0, 0
			])
		],
		'Carte.png',
		{
			type: 'image/png'
		}
	);

describe('AssetsForm and a step image', () => {
	beforeAll(() => stringsReady());

	it('adds an image to the pack, puts it on a step with its description, and flags it once removed', async () => {
		const { editor } = renderParts([
			part(AssetsForm, {}),
			part(StepImage, { path: ['scenarios', 0, 'steps', 'brief'] })
		]);
		const images = screen.getByRole('region', { name: /^Images du pack/ });
		await userEvent.upload(within(images).getByLabelText('Ajouter une image'), png());
		expect(await within(images).findByText('Image ajoutée : « carte ».')).toBeVisible();
		expect(images).toHaveAccessibleName('Images du pack (1)');

		// The step's image field, beside the images part, appears once the pack has an image.
		await userEvent.selectOptions(screen.getByLabelText('Image (facultatif)'), 'carte');
		const alt = screen.getByLabelText("Description de l'image (néerlandais)");
		expect(alt).toHaveAttribute('aria-invalid', 'true');
		await userEvent.type(screen.getByLabelText("Description de l'image (français)"), 'Carte');
		await userEvent.type(alt, 'Kaart');
		expect(editor.issues).toEqual([]);

		await userEvent.click(within(images).getByRole('button', { name: "Retirer l'image carte" }));
		expect(screen.getByLabelText('Image (facultatif)')).toHaveAccessibleDescription(
			'Image inconnue « carte » : elle doit figurer dans les assets du pack.'
		);
	});

	it('refuses a file that is not a raster image, before reading it', async () => {
		renderParts([part(AssetsForm, {})]);
		const images = screen.getByRole('region', { name: /^Images du pack/ });
		const svg = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
		await userEvent.upload(within(images).getByLabelText('Ajouter une image'), svg, {
			applyAccept: false
		});
		expect(within(images).getByRole('alert')).toHaveTextContent(
			'« logo.svg » refusée : PNG, JPEG, WebP ou GIF seulement.'
		);
		expect(images).toHaveAccessibleName('Images du pack (0)');
	});
});
