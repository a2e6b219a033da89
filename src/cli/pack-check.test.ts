import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

function run(script: string, args: string[]): { code: number; out: string } {
	try {
		const out = execFileSync(
			join(root, 'node_modules/.bin/tsx'),
			[join(root, 'src/cli', script), ...args],
			{
				cwd: dir,
				encoding: 'utf8',
				env: { ...process.env, LANG: 'nl_BE.UTF-8' },
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		return { code: 0, out };
	} catch (error) {
		const e = error as { status: number; stdout: string };
		return { code: e.status, out: e.stdout };
	}
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
		expect(run('pack-check.ts', ['good.yaml'])).toEqual({ code: 0, out: '' });
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
});
