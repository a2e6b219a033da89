import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { packsPlugin } from './src/lib/packs/build-plugin.ts';
import { hostHeadersPlugin } from './src/lib/pwa/host-headers-plugin.ts';
import { scormPlayerPlugin } from './src/lib/scorm/node/player-plugin.ts';

export default defineConfig({
	// packsPlugin validates the built-in packs (the build fails on an invalid one) and serves them.
	// scormPlayerPlugin ships the SCORM player beside the app, for the authoring screen's export.
	plugins: [packsPlugin(), sveltekit(), hostHeadersPlugin(), scormPlayerPlugin()],
	// No `Access-Control-Allow-Origin: *`: nothing of the app is meant for another origin.
	preview: { cors: false },
	test: {
		// Every test starts from fresh mocks: no call, stubbed value or spy leaks into the next one.
		mockReset: true,
		restoreMocks: true,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					setupFiles: ['fake-indexeddb/auto']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					// One bound for every render in jsdom, none per file: a few seconds of work each, which a
					// 2-core machine shared by parallel builds can stretch several times over.
					testTimeout: 30_000,
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['fake-indexeddb/auto', 'src/test-setup.ts']
				}
			}
		]
	}
});
