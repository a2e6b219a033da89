/**
 * Property-based robustness: whatever an imported file contains, validation returns either a
 * pack or a non-empty list of issues, never throws, and never hits its internal-error guard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dump as stringify } from 'js-yaml';
import { makeRawPack } from '../../../tests/factories/packs.ts';
import type { PathSegment } from './issues.ts';
import { parsePackBytes, parsePackText } from './parse.ts';
import { validatePack, type ValidationResult } from './validate.ts';

type Json = ReturnType<typeof makeRawPack>;
type Node = Record<string | number, unknown>;

function allPaths(root: unknown): PathSegment[][] {
	const out: PathSegment[][] = [];
	const stack: Array<[unknown, PathSegment[]]> = [[root, []]];
	while (stack.length) {
		const [value, path] = stack.pop()!;
		out.push(path);
		if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) {
				stack.push([v, [...path, Array.isArray(value) ? Number(k) : k]]);
			}
		}
	}
	return out;
}

function parentOf(root: Json, path: PathSegment[]): [Node, PathSegment] | undefined {
	if (path.length === 0) return undefined;
	let node: unknown = root;
	for (const key of path.slice(0, -1)) {
		if (!node || typeof node !== 'object') return undefined;
		node = (node as Node)[key];
	}
	return node && typeof node === 'object' ? [node as Node, path.at(-1)!] : undefined;
}

function assertSound(result: ValidationResult): void {
	if (result.ok) {
		expect(result.pack).toBeTypeOf('object');
		return;
	}
	expect(result.issues.length).toBeGreaterThan(0);
	expect(result.issues.map((i) => i.code)).not.toContain('internal.error');
	for (const i of result.issues) expect(typeof i.path).toBe('string');
}

const PATHS = allPaths(makeRawPack());
const hostile = fc.oneof(
	fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }),
	fc.constantFrom('__proto__', 'constructor', 'toString', '', '<script>alert(1)</script>'),
	fc.string({ maxLength: 30 }),
	fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
	fc.constant('x'.repeat(30_000))
);

// Hundreds of generated packs per property: generous time so a busy machine does not fail them.
describe('validation robustness', { timeout: 60_000 }, () => {
	it('survives replacing or deleting any field of a valid pack', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(PATHS.length - 1), hostile, fc.boolean()), {
					minLength: 1,
					maxLength: 4
				}),
				(mutations) => {
					const pack = makeRawPack();
					for (const [index, value, remove] of mutations) {
						const target = parentOf(pack, PATHS[index]!);
						if (!target) continue;
						const [parent, key] = target;
						if (!parent || typeof parent !== 'object') continue;
						if (remove) delete parent[key];
						else parent[key] = value;
					}
					assertSound(validatePack(pack));
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}
			),
			{ numRuns: 300 }
		);
	});

	it('survives inserting extra keys anywhere, including reserved ones', () => {
		fc.assert(
			fc.property(
				fc.nat(PATHS.length - 1),
				fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'valueOf'),
				hostile,
				(index, key, value) => {
					const pack = makeRawPack();
					let node: unknown = pack;
					for (const k of PATHS[index]!) node = (node as Node)[k];
					// Keys on arrays or scalars are not what this property is about.
					if (!node || typeof node !== 'object' || Array.isArray(node)) return;
					Object.defineProperty(node, key, { value, enumerable: true, configurable: true });
					const result = validatePack(pack);
					assertSound(result);
					expect(result.ok).toBe(false);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('survives arbitrary text as YAML and as JSON', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (text, json) => {
				assertSound(parsePackText(text, json ? 'x.json' : 'x.yaml'));
			}),
			{ numRuns: 300 }
		);
	});

	it('survives arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				assertSound(parsePackBytes(bytes, 'x.yaml'));
			}),
			{ numRuns: 300 }
		);
	});

	it('survives YAML made from a mutated pack (round trip through the parser)', () => {
		fc.assert(
			fc.property(fc.nat(PATHS.length - 1), fc.jsonValue({ maxDepth: 3 }), (index, value) => {
				const pack = makeRawPack();
				const target = parentOf(pack, PATHS[index]!);
				if (target) target[0][target[1]] = value;
				assertSound(parsePackText(stringify(pack), 'x.yaml'));
			}),
			{ numRuns: 100 }
		);
	});

	it('flags script placed in every text field', () => {
		const pack = makeRawPack();
		let texts = 0;
		for (const path of allPaths(pack)) {
			const target = parentOf(pack, path);
			if (!target || (path.at(-1) !== 'fr' && path.at(-1) !== 'nl')) continue;
			target[0][target[1]] = '<script>alert(document.cookie)</script>';
			texts++;
		}
		const result = validatePack(pack);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.filter((i) => i.code === 'md.html')).toHaveLength(texts);
	});

	it('handles deep nesting and huge strings without throwing', () => {
		let deep: unknown = {};
		for (let i = 0; i < 100_000; i++) deep = { all: [deep] };
		const pack = makeRawPack();
		(pack.scenarios as unknown as Node[])[0]!.steps = { s: { kind: 'briefing', next: deep } };
		assertSound(validatePack(pack));
		const huge = makeRawPack({ title: { fr: 'x'.repeat(1_000_000), nl: 'y' } });
		const result = validatePack(huge);
		expect(result).toMatchObject({
			ok: false,
			issues: [{ code: 'schema.max-length', path: 'title.fr' }]
		});
	});
});
