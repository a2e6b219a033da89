import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { FIRST_PAINT_SCRIPT } from './src/lib/i18n/first-paint.js';
import { UI_LANGUAGES } from './src/lib/i18n/ui-languages.js';

/** @param {string} text */
const sha256 = (text) => createHash('sha256').update(text).digest('base64');
/** The style attribute of #svelte-announcer in SvelteKit's generated root component. */
const KIT_ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/** The screens: the folders of src/routes/[[lang=lang]] with a page, and the home page. */
// import.meta.dirname, not `new URL(…, import.meta.url)`: Vite rewrites that into a web address when a
// component test imports this file (src/lib/i18n/added-language.svelte.test.ts).
const SCREENS = [
	'/',
	...readdirSync(`${import.meta.dirname}/src/routes/[[lang=lang]]`, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `/${entry.name}`)
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Every screen once per UI language (src/routes/[[lang=lang]]): '*' prerenders the default
		// language's (unprefixed); the others' are listed, as the optional segment gives the crawler no value.
		prerender: {
			entries: [
				'*',
				...UI_LANGUAGES.slice(1).flatMap(({ code }) =>
					SCREENS.map(
						/** @returns {`/${string}`} */ (screen) =>
							screen === '/' ? `/${code}` : `/${code}${screen}`
					)
				)
			]
		},
		alias: { $locales: 'locales', $scenarios: 'scenarios' },
		// Registered by workbox-window (src/lib/pwa) so that updates wait for the user's consent.
		serviceWorker: {
			register: false,
			// static/ files the worker precaches ($service-worker `files`). The pack JSON Schema is for
			// authors' editors, fetched online; the app never reads it, so phones do not store it.
			// tests/budgets/size.ts reads the list from the built worker, so it follows this filter.
			files: (file) => !file.startsWith('schema/')
		},
		// Strict policy in a <meta> tag; SvelteKit adds hashes for its own inline scripts. Headers that a
		// <meta> policy cannot carry (frame-ancestors…) are listed in the README for hosts to add.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// The one inline script of ours: it picks the page in the reader's language before the first
				// paint (src/lib/i18n/first-paint.js); allowed by its hash, like SvelteKit's own.
				'script-src': ['self', `sha256-${sha256(FIRST_PAINT_SCRIPT)}`],
				'style-src': ['self'],
				// No style attributes, but one: SvelteKit's route announcer carries a fixed inline style
				// (https://github.com/sveltejs/kit/issues/11993). 'unsafe-hashes' allows that exact value and
				// nothing else; tests/e2e/csp.spec.ts fails if a kit update changes it.
				'style-src-attr': ['unsafe-hashes', `sha256-${sha256(KIT_ANNOUNCER_STYLE)}`],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'https:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
