import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		alias: { $locales: 'locales', $scenarios: 'scenarios' },
		// Registered by workbox-window (src/lib/pwa) so that updates wait for the user's consent.
		serviceWorker: { register: false },
		// Strict policy in a <meta> tag; SvelteKit adds hashes for its own inline scripts. Headers that a
		// <meta> policy cannot carry (frame-ancestors…) are listed in the README for hosts to add.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
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
