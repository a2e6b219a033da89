import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump as stringify } from 'js-yaml';
import { makePack } from '../../../tests/factories/packs.ts';
import { LIMITS } from './limits.ts';
import { parsePackBytes, parsePackText } from './parse.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/packs');
const SCENARIOS = join(import.meta.dirname, '../../../scenarios');

function files(dir: string, pattern = /\.(ya?ml|json)$/): string[] {
	return readdirSync(dir)
		.filter((f) => pattern.test(f))
		.map((f) => join(dir, f));
}

describe('parsePackText', () => {
	it('parses the factory pack written as YAML and as JSON to the same pack', () => {
		const yaml = parsePackText(stringify(makePack()), 'p.yaml');
		const json = parsePackText(JSON.stringify(makePack()), 'p.json');
		expect(yaml.ok && json.ok).toBe(true);
		if (yaml.ok && json.ok) expect(yaml.pack).toEqual(json.pack);
	});

	it.each(files(join(FIXTURES, 'valid')))('accepts the valid fixture %s', (file) => {
		const result = parsePackText(readFileSync(file, 'utf8'), file);
		expect(result).toMatchObject({ ok: true });
	});

	// Built-in packs are written by others while this runs; every one present must be valid.
	it.each(files(SCENARIOS, /\.ya?ml$/))('accepts the built-in pack %s', (file) => {
		const result = parsePackText(readFileSync(file, 'utf8'), file, { builtIn: true });
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it.each(files(join(FIXTURES, 'broken')))('rejects the broken fixture %s as announced', (file) => {
		const text = readFileSync(file, 'utf8');
		const [, code, path] = /^# expect: (\S+)(?: (\S+))?/.exec(text) ?? [];
		const result = parsePackText(text, file);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toContainEqual(
			expect.objectContaining(path === undefined ? { code } : { code, path })
		);
	});

	it('accepts the example of scenarios/README.md, which uses every step and question kind', () => {
		const guide = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
		const example = /```yaml\n(# yaml-language-server[^\n]*\nformat: 1\n[\s\S]*?)```/.exec(
			guide
		)?.[1];
		const fixture = join(FIXTURES, 'valid', 'guide-example.yaml');
		expect(example).toBe(readFileSync(fixture, 'utf8'));
		const result = parsePackText(example!, 'guide.yaml', { builtIn: true });
		expect(result.ok ? result.warnings : result.issues).toEqual([]);
		if (!result.ok) return;
		const steps = Object.values(result.pack.scenarios[0]!.steps).map((s) => s.kind);
		expect(new Set(steps).size).toBe(6);
		expect(new Set(result.pack.questions.map((q) => q.kind)).size).toBe(7);
	});

	it('refuses an oversized file before parsing it', () => {
		const huge = 'a'.repeat(LIMITS.maxFileBytes + 1);
		expect(parsePackText(huge, 'x.yaml')).toEqual({
			ok: false,
			issues: [expect.objectContaining({ code: 'input.too-large' })]
		});
		// Multi-byte characters count as bytes, not characters.
		const wide = 'é'.repeat(LIMITS.maxFileBytes / 2 + 1);
		expect(parsePackText(wide, 'x.yaml')).toMatchObject({
			ok: false,
			issues: [{ code: 'input.too-large' }]
		});
	});

	it('refuses a 50 MB string quickly', () => {
		const start = performance.now();
		const result = parsePackText('x'.repeat(50 * 1024 * 1024), 'x.json');
		expect(result).toMatchObject({ ok: false, issues: [{ code: 'input.too-large' }] });
		expect(performance.now() - start).toBeLessThan(500);
	});

	it('refuses binary data', () => {
		expect(parsePackText('format: 1\u0000\u0001', 'x.yaml')).toMatchObject({
			ok: false,
			issues: [{ code: 'input.binary' }]
		});
		const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
		expect(parsePackBytes(bytes, 'x.yaml')).toMatchObject({
			ok: false,
			issues: [{ code: 'input.binary' }]
		});
	});

	it('reads bytes and strips a byte-order mark', () => {
		const text = '\ufeff' + JSON.stringify(makePack());
		expect(parsePackBytes(new TextEncoder().encode(text), 'x.json')).toMatchObject({ ok: true });
	});

	it('locates JSON syntax errors', () => {
		const result = parsePackText('{\n  "format": 1,\n  oops\n}', 'x.json');
		expect(result).toMatchObject({ ok: false, issues: [{ code: 'input.syntax' }] });
		if (!result.ok) expect(result.issues[0]!.params?.line).toBeGreaterThan(1);
	});

	it('keeps `__proto__` from JSON as a refused key, not a prototype', () => {
		const text = JSON.stringify(makePack()).replace('{', '{"__proto__":{"polluted":true},');
		const result = parsePackText(text, 'x.json');
		expect(result).toMatchObject({ ok: false, issues: [{ code: 'input.reserved-key' }] });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('locates YAML syntax errors', () => {
		const result = parsePackText('format: 1\nid: x\nquestions: [\n', 'x.yaml');
		expect(result).toMatchObject({ ok: false, issues: [{ code: 'input.syntax' }] });
		if (!result.ok) expect(result.issues[0]!.params?.line).toBeGreaterThan(1);
	});

	it('refuses several YAML documents in one file', () => {
		const text = stringify(makePack()) + '---\n' + stringify(makePack());
		expect(parsePackText(text, 'x.yaml')).toMatchObject({
			ok: false,
			issues: [{ code: 'input.syntax' }]
		});
	});

	it('reads dates and version-like numbers as the core schema does (no timestamps)', () => {
		const pack = makePack();
		const text = stringify(pack).replace('version: 1.0.0', 'version: 1.0');
		expect(parsePackText(text, 'x.yaml')).toMatchObject({
			ok: false,
			issues: [{ code: 'schema.type', path: 'version' }]
		});
	});

	it('bounds a "billion laughs" document that stays within the alias budget', () => {
		const rows = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 9; i++)
			rows.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`);
		const result = parsePackText(rows.join('\n'), 'laughs.yaml');
		expect(result).toMatchObject({ ok: false, issues: [{ code: 'input.too-many-nodes' }] });
	});
});
