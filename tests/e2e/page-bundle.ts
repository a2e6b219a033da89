import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Bundles one of the app's modules as a script for a blank page of the app's origin, exposed as
 * `window[name]`: tests and the bench drive the real store code in Chromium without the UI.
 */
export async function pageBundle(entry: string, name: string): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: { write: false, lib: { entry: resolve(entry), formats: ['iife'], name } }
	});
	const first = Array.isArray(output) ? output[0]! : output;
	if (!('output' in first)) throw new Error('unexpected vite build result');
	return first.output.find((o) => o.type === 'chunk')!.code;
}
