import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dump as stringify } from 'js-yaml';
import { makePack } from '../../tests/factories/packs';
import { issue } from '../lib/packs/issues';
import { loadMessages } from '../lib/packs/node-files';
import { issueLine } from './pack-check';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'liaison-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[]): { code: number; out: string; err: string } {
	const result = spawnSync(
		join(root, 'node_modules/.bin/tsx'),
		[join(root, 'src/cli', script), ...args],
		{ cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'nl_BE.UTF-8' } }
	);
	return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

describe('pack-check', () => {
	it('formats one line per problem', () => {
		const line = issueLine(
			'a.yaml',
			issue(['scenarios', 0, 'start'], 'ref.step', { id: 'x' }),
			loadMessages('fr')
		);
		expect(line).toBe("a.yaml: scenarios[0].start: L'étape « x » n'existe pas dans ce scénario.");
		const warning = issueLine(
			'a.yaml',
			issue('', 'citation.long', { length: 300, max: 200 }, 'warning'),
			loadMessages('nl')
		);
		expect(warning).toMatch(/^a\.yaml: -: waarschuwing: Lang citaat/);
	});

	it('exits 0 on valid packs and 1 with messages in the LANG language otherwise', () => {
		writeFileSync(join(dir, 'good.yaml'), stringify(makePack()));
		expect(run('pack-check.ts', ['good.yaml'])).toMatchObject({ code: 0, out: '' });
		const bad = makePack();
		bad.scenarios![0]!.start = 'nowhere';
		writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
		const result = run('pack-check.ts', ['.']);
		expect(result.code).toBe(1);
		expect(result.out).toContain(
			'bad.json: scenarios[0].start: De stap „nowhere” bestaat niet in dit scenario.'
		);
		expect(result.out).not.toContain('good.yaml');
	}, 30_000);

	it('with --json, prints only packs on stdout, one JSON line per valid file, and problems on stderr', () => {
		const json = join(dir, 'json');
		mkdirSync(json);
		const warned = makePack({ id: 'warned' });
		warned.questions![0]!.citation.quote = 'x'.repeat(250);
		writeFileSync(join(json, 'a-warned.yaml'), stringify(warned));
		writeFileSync(join(json, 'b-plain.json'), JSON.stringify(makePack({ id: 'plain' })));
		const bad = makePack({ id: 'bad' });
		bad.scenarios![0]!.start = 'nowhere';
		writeFileSync(join(json, 'c-bad.yaml'), stringify(bad));

		const all = run('pack-check.ts', ['--json', 'json']);
		expect(all.code).toBe(1);
		const lines = all.out.trimEnd().split('\n');
		expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['warned', 'plain']);
		expect(all.err).toContain('a-warned.yaml: questions[0].citation.quote: waarschuwing:');
		expect(all.err).toContain('c-bad.yaml: scenarios[0].start:');

		// One file: stdout is one JSON document.
		const one = run('pack-check.ts', ['--json', join('json', 'a-warned.yaml')]);
		expect(one.code).toBe(0);
		expect((JSON.parse(one.out) as { id: string }).id).toBe('warned');
		expect(one.err).toContain('waarschuwing:');
	}, 30_000);
});
