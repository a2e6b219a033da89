/**
 * Builds the SCORM player (src/scorm-player) with Vite's JS API, in memory: the same code for every
 * package, so a package is this player plus one pack file. Node only (the CLI and the tests).
 */
import { resolve } from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build, type Rollup } from 'vite';
import { repoPath } from '../../packs/node-files.ts';

const HTML = 'src/scorm-player/index.html';

/** Path inside the package → content. The launch page is `index.html`, at the top. */
export type PlayerFiles = Map<string, Uint8Array>;

export async function buildPlayer(): Promise<PlayerFiles> {
	const root = repoPath();
	const output = await build({
		configFile: false,
		// The repository root, so the i18n module's `/locales/…` globs find the strings.
		root,
		base: './',
		logLevel: 'error',
		plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
		resolve: {
			alias: {
				$lib: resolve(root, 'src/lib'),
				'$app/paths': resolve(root, 'src/scorm-player/app-paths.ts'),
				'$app/navigation': resolve(root, 'src/scorm-player/app-navigation.ts')
			}
		},
		build: {
			write: false,
			emptyOutDir: false,
			modulePreload: { polyfill: false },
			// No inlined data: URLs for scripts; the CSP of the page allows only its own files.
			assetsInlineLimit: 0,
			rollupOptions: { input: resolve(root, HTML) }
		}
	});
	const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
	const files: PlayerFiles = new Map();
	const encoder = new TextEncoder();
	for (const item of results.flatMap((r) => r.output)) {
		const content = item.type === 'chunk' ? item.code : item.source;
		const bytes = typeof content === 'string' ? encoder.encode(content) : content;
		if (item.fileName === HTML) {
			// The page moves to the top of the package: its links to assets/ lose the `../../`.
			const html = new TextDecoder().decode(bytes).replaceAll('../../assets/', './assets/');
			files.set('index.html', encoder.encode(html));
		} else {
			files.set(item.fileName, bytes);
		}
	}
	return files;
}
