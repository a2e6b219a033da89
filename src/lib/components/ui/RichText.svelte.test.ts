import { render, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RichText, { preloadRichText } from './RichText.svelte';

const PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABAQAAAAA3bvkkAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';

async function html(text: string, assets: Record<string, string> = {}) {
	const { container } = render(RichText, { text, assets });
	const root = container.querySelector('.rich-text') as HTMLElement;
	// The renderer loads after mount; until then the plain words are shown.
	await waitFor(() => expect(root.dataset.rendered).toBe('true'));
	return root;
}

describe('RichText', () => {
	it('shows a text without markup at once, as the renderer would', async () => {
		const text = "Quel service évalue la menace (OCAM) ? L'un d'eux, en 2024 : 13.";
		const { container } = render(RichText, { text });
		const root = container.querySelector('.rich-text') as HTMLElement;
		expect(root.dataset.rendered).toBe('true');
		const { renderMarkdown } = await import('$lib/rich-text/markdown');
		const rendered = document.createElement('div');
		rendered.innerHTML = renderMarkdown(text, {});
		expect(root.innerHTML.replace(/<!---->/g, '')).toBe(
			`<p>${rendered.firstElementChild!.innerHTML}</p>`
		);
		expect(rendered.children).toHaveLength(1);
	});

	it('shows the text rendered from the first paint once a screen has preloaded the renderer', async () => {
		await preloadRichText();
		const { container } = render(RichText, { text: 'Le **CCRS**:\n\n- VSSE\n- OCAM' });
		// No plain version first: the step's text is painted once, already in its final form.
		const root = container.querySelector('.rich-text') as HTMLElement;
		expect(root.dataset.rendered).toBe('true');
		expect(root.querySelector('strong')).toHaveTextContent('CCRS');
		expect(root.querySelectorAll('li')).toHaveLength(2);
	});

	it('renders the Markdown subset', async () => {
		const root = await html('Le **CCRS** et *Plan R*:\n\n- VSSE\n- OCAM');
		expect(root.querySelector('strong')).toHaveTextContent('CCRS');
		expect(root.querySelector('em')).toHaveTextContent('Plan R');
		expect(root.querySelectorAll('li')).toHaveLength(2);
	});

	it('never lets script or raw HTML through', async () => {
		const payloads = [
			'<script>window.pwned = 1</script>',
			'<img src=x onerror="window.pwned = 1">',
			'<iframe src="https://example.org"></iframe>',
			'[clic](javascript:window.pwned=1)',
			'<svg onload="window.pwned=1"></svg>',
			'<a href="https://x.org" onclick="window.pwned=1">x</a>'
		];
		for (const payload of payloads) {
			const root = await html(payload);
			expect(root.querySelector('script, iframe, svg, [onerror], [onclick], [onload]')).toBeNull();
			expect(root.innerHTML).not.toMatch(/javascript:/i);
		}
		expect((window as { pwned?: number }).pwned).toBeUndefined();
	});

	it('keeps https links, opening safely in a new tab, and drops other schemes', async () => {
		const root = await html('[VSSE](https://www.vsse.be) [local](http://insecure.example)');
		const [secure, insecure] = root.querySelectorAll('a');
		expect(secure).toHaveAttribute('href', 'https://www.vsse.be');
		expect(secure).toHaveAttribute('rel', 'noopener noreferrer');
		expect(insecure).not.toHaveAttribute('href');
	});

	it('shows images only from the pack assets', async () => {
		const root = await html('![carte](asset:map) ![ext](https://tracker.example/p.png)', {
			map: PNG
		});
		const images = root.querySelectorAll('img');
		expect(images).toHaveLength(1);
		expect(images[0]).toHaveAttribute('src', PNG);
		expect(images[0]).toHaveAttribute('alt', 'carte');
	});
});
