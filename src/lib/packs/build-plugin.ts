/**
 * Vite plugin for the built-in packs (scenarios/*.yaml, *.yml and *.json — the files
 * `npm run pack:check` reads in a folder):
 * - each pack file imports as a validated JSON module (the build fails, with the same lines as
 *   `npm run pack:check`, when a built-in pack is invalid);
 * - `virtual:liaison/builtin-packs` exports `builtinPacks` (summaries for the home screen) and
 *   `loadBuiltinPack(id)`, which imports one pack on demand, so each pack is its own chunk.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue, type MessageTree } from './issues.ts';
import { PACK_EXTENSIONS, collectPackFiles, loadMessages, repoPath } from './node-files.ts';
import { parsePackText } from './parse.ts';
import type { Pack } from './schema.ts';
import { packSummary } from './summary.ts';

export const BUILTIN_PACKS_ID = 'virtual:liaison/builtin-packs';
const RESOLVED_ID = '\0' + BUILTIN_PACKS_ID;

export class PackBuildError extends Error {
	constructor(readonly lines: string[]) {
		super(`Invalid built-in pack:\n${lines.join('\n')}`);
		this.name = 'PackBuildError';
	}
}

/** Validates a built-in pack file; throws PackBuildError with one line per problem. */
export function compilePack(text: string, file: string, messages: MessageTree): Pack {
	const result = parsePackText(text, file, { builtIn: true });
	if (result.ok) return result.pack;
	throw new PackBuildError(
		result.issues.map((i) => `${file}: ${i.path || '-'}: ${formatIssue(i, messages)}`)
	);
}

/** The `transform` of a pack file: the module code exporting the validated pack. */
export function transformPack(text: string, file: string, messages: MessageTree): string {
	const pack = compilePack(text, file, messages);
	// JSON.parse of a string literal is faster to load than an object literal of the same size.
	return `export default JSON.parse(${JSON.stringify(JSON.stringify(pack))});\n`;
}

/** The code of the virtual module, given the validated packs and their files. */
export function builtinPacksModule(entries: ReadonlyArray<{ file: string; pack: Pack }>): string {
	const seen = new Set<string>();
	for (const { pack, file } of entries) {
		if (seen.has(pack.id)) throw new PackBuildError([`${file}: id: duplicate pack id ${pack.id}`]);
		seen.add(pack.id);
	}
	const summaries = entries.map(({ pack }) => packSummary(pack));
	const loaders = entries
		.map(({ file, pack }) => `\t${JSON.stringify(pack.id)}: () => import(${JSON.stringify(file)})`)
		.join(',\n');
	return [
		`export const builtinPacks = ${JSON.stringify(summaries)};`,
		`const loaders = {\n${loaders}\n};`,
		'export function loadBuiltinPack(id) {',
		'\tconst load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;',
		"\tif (!load) return Promise.reject(new Error('Unknown built-in pack: ' + id));",
		'\treturn load().then((module) => module.default);',
		'}',
		''
	].join('\n');
}

/** A pack file by its name: the extensions pack:check reads in a folder. */
export function isPackFile(file: string): boolean {
	return PACK_EXTENSIONS.has(extname(file).toLowerCase());
}

export function packsPlugin(options: { dir?: string; lang?: 'fr' | 'nl' } = {}): Plugin {
	const dir = resolve(options.dir ?? repoPath('scenarios'));
	const messages = loadMessages(options.lang ?? 'fr');
	const isPack = (id: string) => {
		const file = id.split('?')[0]!;
		return isPackFile(file) && resolve(file).startsWith(dir + '/');
	};
	return {
		name: 'liaison-packs',
		enforce: 'pre',
		resolveId(id) {
			return id === BUILTIN_PACKS_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const files = collectPackFiles([dir]);
			const entries = files.map((file) => {
				this.addWatchFile(file);
				return { file, pack: compilePack(readFileSync(file, 'utf8'), file, messages) };
			});
			return builtinPacksModule(entries);
		},
		transform(code, id) {
			if (!isPack(id)) return undefined;
			// A .json pack is a module of code once validated, not Vite's JSON module.
			const file = id.split('?')[0]!;
			return { code: transformPack(code, file, messages), map: null, moduleType: 'js' };
		}
	};
}
