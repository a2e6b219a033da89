import { DEFAULT_LANG } from '$lib/i18n/languages';
import { usePageLang } from '$lib/i18n/index.svelte';
import type { LayoutLoad } from './$types';

// Every screen is prerendered so the service worker can precache it and the app opens offline.
export const prerender = true;
export const trailingSlash = 'never';

// Each screen exists in each language (src/routes/[[lang=lang]]); the page is rendered in its path's
// language, prerendered and hydrated alike, so nothing switches after the first paint.
export const load: LayoutLoad = async ({ params }) => {
	await usePageLang(params.lang ?? DEFAULT_LANG);
};
