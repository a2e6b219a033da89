import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		alias: { $locales: 'locales', $scenarios: 'scenarios' },
		// Registered by workbox-window (src/lib/pwa) so that updates wait for the user's consent.
		serviceWorker: { register: false }
	}
};

export default config;
