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
registerRoute(new NavigationRoute(createHandlerBoundToURL('/')));

// The first version takes control at once, so the first visit already works offline after a reload.
// Later versions wait for the learner's consent (SKIP_WAITING comes from the update banner).
clientsClaim();
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
});
