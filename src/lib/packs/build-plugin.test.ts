import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dump as stringify } from 'js-yaml';
import { makePack } from '../../../tests/factories/packs.ts';
import {
	BUILTIN_PACKS_ID,
	PackBuildError,
	builtinPacksModule,
	compilePack,
	packsPlugin,
	partId,
	partOf,
	transformPack
} from './build-plugin.ts';
import { loadMessages } from './node-files.ts';
import type { Pack } from './schema.ts';

const messages = loadMessages('fr');
const dir = mkdtempSync(join(tmpdir(), 'liaison-packs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const ctx = { addWatchFile: () => undefined };

/** The value a part's module exports. */
function partValue(code: string): unknown {
	const json = /^export default JSON\.parse\((.*)\);\n$/.exec(code)?.[1];
	return JSON.parse(JSON.parse(json!));
}

describe('transformPack', () => {
	const file = 'scenarios/test.yaml';
	const source = makePack();
	source.scenarios!.push({ ...source.scenarios![0]!, id: 'second' });
	const text = stringify(source);

	it('builds a pack from its parts: head, each scenario, the question bank', () => {
		const whole = transformPack(text, file, messages);
		const imports = [...whole.matchAll(/^import (\w+) from "([^"]+)";$/gm)].map((m) => m[2]);
		expect(imports).toEqual([
			partId(file, { kind: 'head' }),
			partId(file, { kind: 'questions' }),
			partId(file, { kind: 'scenario', index: 0 }),
			partId(file, { kind: 'scenario', index: 1 })
		]);
		expect(whole).toContain('export default { ...head, scenarios: [s0, s1], questions };');
		const part = (id: string) => partValue(transformPack(text, file, messages, partOf(id)!));
		const head = part(imports[0]!) as Record<string, unknown>;
		const joined: Record<string, unknown> = { ...head };
		joined.scenarios = [part(imports[2]!), part(imports[3]!)];
		joined.questions = part(imports[1]!);
		const pack = joined as unknown as Pack;
		expect(pack.id).toBe('test-pack');
		expect(pack.options.passMark).toBe(70);
		expect(pack.scenarios.map((s) => s.id)).toEqual([source.scenarios![0]!.id, 'second']);
		expect(pack.questions).toHaveLength(source.questions!.length);
		// The joined pack is the validated pack, keys in the same order (exports hash and print it).
		expect(JSON.stringify(joined)).toBe(JSON.stringify(compilePack(text, file, messages)));
	});

	it('names the parts in the module id', () => {
		expect(partOf('/x/a.yaml')).toBeNull();
		expect(partOf('/x/a.yaml?import')).toBeNull();
		expect(partOf(partId('/x/a.yaml', { kind: 'questions' }))).toEqual({ kind: 'questions' });
		expect(partOf(partId('/x/a.yaml', { kind: 'scenario', index: 3 }))).toEqual({
			kind: 'scenario',
			index: 3
		});
		expect(partOf('/x/a.yaml?liaison-part=scenario-x')).toBeUndefined();
	});

	it('fails with one CLI-style line per problem', () => {
		const broken = makePack({ languages: ['fr'] });
		broken.scenarios![0]!.start = 'nowhere';
		try {
			transformPack(stringify(broken), 'scenarios/bad.yaml', messages);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(PackBuildError);
			const lines = (error as PackBuildError).lines;
			expect(lines).toContain(
				'scenarios/bad.yaml: languages: Un pack intégré doit être disponible en français et en néerlandais (languages: [fr, nl]).'
			);
			expect(lines.some((l) => l.startsWith('scenarios/bad.yaml: scenarios[0].start: '))).toBe(
				true
			);
		}
	});
});

describe('builtinPacksModule', () => {
	const pack = (id: string) => ({
		...(makePack({ id }) as unknown as Pack),
		scenarios: [],
		questions: []
	});

	it('exports summaries and one lazy import per pack', () => {
		const code = builtinPacksModule([{ file: '/x/a.yaml', pack: pack('a') }]);
		expect(code).toContain('export const builtinPacks = [{"id":"a"');
		expect(code).toContain('"scenarioCount":0,"questionCount":0');
		expect(code).toContain('"a": () => import("/x/a.yaml")');
		expect(code).toContain('Object.hasOwn(loaders, id)');
		expect(code).toContain('head: () => import("/x/a.yaml?liaison-part=head")');
		expect(code).toContain('export function loadBuiltinScenario(id, scenarioId)');
	});

	it('refuses two packs with the same id', () => {
		const entries = [
			{ file: '/x/a.yaml', pack: pack('a') },
			{ file: '/x/b.yaml', pack: pack('a') }
		];
		expect(() => builtinPacksModule(entries)).toThrow(PackBuildError);
	});
});

describe('packsPlugin', () => {
	mkdirSync(join(dir, 'scenarios'));
	const file = join(dir, 'scenarios', 'test-pack.yaml');
	writeFileSync(file, stringify(makePack()));
	const plugin = packsPlugin({ dir: join(dir, 'scenarios') });

	it('resolves and loads the virtual module', () => {
		const resolved = (plugin.resolveId as Hook).call(ctx, BUILTIN_PACKS_ID);
		expect(resolved).toBe('\0' + BUILTIN_PACKS_ID);
		const code = (plugin.load as Hook).call(ctx, resolved) as string;
		expect(code).toContain('"test-pack"');
		expect((plugin.load as Hook).call(ctx, '/other.ts')).toBeUndefined();
	});

	it('transforms pack files only', () => {
		const out = (plugin.transform as Hook).call(ctx, stringify(makePack()), file) as {
			code: string;
		};
		expect(out.code).toMatch(/^import head from /);
		const head = (plugin.transform as Hook).call(
			ctx,
			stringify(makePack()),
			partId(file, { kind: 'head' })
		) as { code: string };
		expect(partValue(head.code)).toMatchObject({ id: 'test-pack', scenarios: null });
		expect((plugin.transform as Hook).call(ctx, 'a: 1', join(dir, 'other.yaml'))).toBeUndefined();
	});

	it('takes .json packs too, validated the same way', () => {
		const jsonDir = join(dir, 'json-scenarios');
		mkdirSync(jsonDir);
		const jsonFile = join(jsonDir, 'json-pack.json');
		writeFileSync(jsonFile, JSON.stringify(makePack({ id: 'json-pack' })));
		writeFileSync(join(jsonDir, 'notes.txt'), 'not a pack');
		const jsonPlugin = packsPlugin({ dir: jsonDir });
		const code = (jsonPlugin.load as Hook).call(ctx, '\0' + BUILTIN_PACKS_ID) as string;
		expect(code).toContain(`"json-pack": () => import(${JSON.stringify(jsonFile)})`);
		const out = (jsonPlugin.transform as Hook).call(ctx, JSON.stringify(makePack()), jsonFile) as {
			code: string;
			moduleType: string;
		};
		expect(out.code).toMatch(/^import head from /);
		expect(out.moduleType).toBe('js');

		const broken = makePack({ id: 'json-pack' });
		broken.scenarios![0]!.start = 'nowhere';
		writeFileSync(jsonFile, JSON.stringify(broken));
		expect(() => (jsonPlugin.load as Hook).call(ctx, '\0' + BUILTIN_PACKS_ID)).toThrow(
			/json-pack\.json: scenarios\[0\]\.start: /
		);
		expect(() =>
			(jsonPlugin.transform as Hook).call(ctx, JSON.stringify(broken), jsonFile)
		).toThrow(PackBuildError);
	});
});
