/**
 * Vite plugin for the built-in packs (scenarios/*.yaml, *.yml and *.json — the files
 * `npm run pack:check` reads in a folder):
 * - each pack file imports as a validated JSON module (the build fails, with the same lines as
 *   `npm run pack:check`, when a built-in pack is invalid);
 * - `virtual:liaison/builtin-packs` exports `builtinPacks` (summaries for the home screen),
 *   `loadBuiltinPack(id)`, which imports one pack on demand, and `loadBuiltinScenario(id, scenario)`,
 *   which imports only what one scenario's screen plays.
 *
 * A pack is built in parts, each its own chunk: its head (everything but its scenarios and
 * questions), each scenario, and its question bank (`?liaison-part=…` on the pack file). The whole
 * pack is a small module joining them, so a scenario screen never downloads the quiz bank, and
 * loading the whole pack afterwards fetches only the parts not there yet.
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

// JSON.parse of a string literal is faster to load than an object literal of the same size.
const jsonModule = (value: unknown) =>
	`export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/** A part of a pack file, as its module id's query names it. */
export type PackPart =
	{ kind: 'head' } | { kind: 'questions' } | { kind: 'scenario'; index: number };

const PART_PARAM = 'liaison-part';

/** The id of a pack file's part (`file?liaison-part=scenario-0`). */
export function partId(file: string, part: PackPart): string {
	const name = part.kind === 'scenario' ? `scenario-${part.index}` : part.kind;
	return `${file}?${PART_PARAM}=${name}`;
}

/** The part a module id asks for; null for the whole pack, undefined for a part it does not know. */
export function partOf(id: string): PackPart | null | undefined {
	const query = id.split('?')[1];
	const name = query === undefined ? null : new URLSearchParams(query).get(PART_PARAM);
	if (name === null) return null;
	if (name === 'head' || name === 'questions') return { kind: name };
	const index = /^scenario-(\d+)$/.exec(name)?.[1];
	return index === undefined ? undefined : { kind: 'scenario', index: Number(index) };
}

/**
 * The `transform` of a pack file: the module code exporting the validated pack, or one part of
 * it. The whole pack imports its parts and joins them, its keys in the pack's own order.
 */
export function transformPack(
	text: string,
	file: string,
	messages: MessageTree,
	part: PackPart | null = null,
	pack: Pack = compilePack(text, file, messages)
): string {
	if (part?.kind === 'head') return jsonModule({ ...pack, scenarios: null, questions: null });
	if (part?.kind === 'questions') return jsonModule(pack.questions);
	if (part?.kind === 'scenario') {
		const scenario = pack.scenarios[part.index];
		if (!scenario) throw new PackBuildError([`${file}: scenarios: no scenario ${part.index}`]);
		return jsonModule(scenario);
	}
	const scenarios = pack.scenarios.map((_, index) => `s${index}`);
	return [
		`import head from ${JSON.stringify(partId(file, { kind: 'head' }))};`,
		`import questions from ${JSON.stringify(partId(file, { kind: 'questions' }))};`,
		...scenarios.map(
			(name, index) =>
				`import ${name} from ${JSON.stringify(partId(file, { kind: 'scenario', index }))};`
		),
		// The head holds the scenarios' and questions' places: the joined pack keeps its key order.
		`export default { ...head, scenarios: [${scenarios.join(', ')}], questions };`,
		''
	].join('\n');
}

/** The code of the virtual module, given the validated packs and their files. */
export function builtinPacksModule(entries: ReadonlyArray<{ file: string; pack: Pack }>): string {
	const seen = new Set<string>();
	for (const { pack, file } of entries) {
		if (seen.has(pack.id)) throw new PackBuildError([`${file}: id: duplicate pack id ${pack.id}`]);
		seen.add(pack.id);
	}
	const summaries = entries.map(({ pack }) => packSummary(pack));
	const load = (id: string) => `() => import(${JSON.stringify(id)})`;
	const loaders = entries
		.map(({ file, pack }) => `\t${JSON.stringify(pack.id)}: ${load(file)}`)
		.join(',\n');
	// Per pack: its head, and each scenario by id.
	const parts = entries
		.map(({ file, pack }) => {
			const scenarios = pack.scenarios
				.map(
					(s, index) =>
						`${JSON.stringify(s.id)}: ${load(partId(file, { kind: 'scenario', index }))}`
				)
				.join(', ');
			const head = load(partId(file, { kind: 'head' }));
			return `\t${JSON.stringify(pack.id)}: { head: ${head}, scenarios: { ${scenarios} } }`;
		})
		.join(',\n');
	return [
		`export const builtinPacks = ${JSON.stringify(summaries)};`,
		`const loaders = {\n${loaders}\n};`,
		`const parts = {\n${parts}\n};`,
		'export function loadBuiltinPack(id) {',
		'\tconst load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;',
		"\tif (!load) return Promise.reject(new Error('Unknown built-in pack: ' + id));",
		'\treturn load().then((module) => module.default);',
		'}',
		'export function loadBuiltinScenario(id, scenarioId) {',
		'\tconst pack = Object.hasOwn(parts, id) ? parts[id] : undefined;',
		'\tconst scenario = pack && Object.hasOwn(pack.scenarios, scenarioId) ? pack.scenarios[scenarioId] : undefined;',
		'\tif (!scenario) return Promise.resolve(null);',
		'\treturn Promise.all([pack.head(), scenario()]).then(([head, one]) => ({',
		'\t\t...head.default,',
		'\t\tscenarios: [one.default],',
		'\t\tquestions: []',
		'\t}));',
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
	// Each part of a pack file validates the same text: once per file and text is enough.
	const compiled = new Map<string, { text: string; pack: Pack }>();
	const compile = (text: string, file: string) => {
		const hit = compiled.get(file);
		if (hit?.text === text) return hit.pack;
		const pack = compilePack(text, file, messages);
		compiled.set(file, { text, pack });
		return pack;
	};
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
				return { file, pack: compile(readFileSync(file, 'utf8'), file) };
			});
			return builtinPacksModule(entries);
		},
		transform(code, id) {
			if (!isPack(id)) return undefined;
			// A .json pack is a module of code once validated, not Vite's JSON module.
			const file = id.split('?')[0]!;
			const part = partOf(id);
			if (part === undefined) return undefined;
			const pack = compile(code, file);
			return { code: transformPack(code, file, messages, part, pack), map: null, moduleType: 'js' };
		}
	};
}
