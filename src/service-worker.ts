/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { UI_LANGUAGES } from '$lib/i18n/languages';
import { langOfPath, pathIn } from '$lib/i18n/paths';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Hashed build output never changes under the same name; everything else is revised per release.
const immutable = (url: string) => url.includes('/_app/immutable/');
// `files` leaves out static/schema/ (kit.serviceWorker.files in svelte.config.js says why);
// tests/budgets/size.ts counts this list as built.
precacheAndRoute(
	[...build, ...files, ...prerendered].map((url) => ({
		url,
		revision: immutable(url) ? null : version
	})),
	// Screens take their state from the query string (?pack=…); the cached page serves them all.
	{ ignoreURLParametersMatching: [/.*/], cleanURLs: true }
);
cleanupOutdatedCaches();
// Any other address opens the home page in the address's language (each language has its own pages;
// the page's first script moves a reader of the other one to theirs: src/lib/i18n/first-paint.js).
const homes = new Map(
	UI_LANGUAGES.map(({ code }) => [code, createHandlerBoundToURL(pathIn(code, '/'))])
);
registerRoute(
	new NavigationRoute((options) => homes.get(langOfPath(options.url.pathname))!(options))
);

// The first version takes control at once, so the first visit already works offline after a reload.
// Later versions wait for the learner's consent (SKIP_WAITING comes from the update banner).
clientsClaim();
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
});
