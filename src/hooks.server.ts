import type { Handle } from '@sveltejs/kit';
import { FIRST_PAINT_SCRIPT } from '$lib/i18n/first-paint.js';
import { langOfPath } from '$lib/i18n/paths';

// Runs when pages are prerendered: each page declares its own language (`<html lang>`) and carries the
// script that moves a reader of the other language to their page before the first paint.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%liaison.lang%', langOfPath(event.url.pathname))
				.replace('%liaison.first-paint%', `<script>${FIRST_PAINT_SCRIPT}</script>`)
	});
