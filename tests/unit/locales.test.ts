import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = 'locales';
const langs = readdirSync(root);

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
	const out = new Map<string, unknown>();
	if (value && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			const path = prefix ? `${prefix}.${key}` : key;
			if (child && typeof child === 'object') flatten(child, path).forEach((v, k) => out.set(k, v));
			else out.set(path, child);
		}
	}
	return out;
}

const load = (lang: string, file: string) =>
	flatten(JSON.parse(readFileSync(join(root, lang, file), 'utf8')));
const placeholders = (text: unknown) =>
	[...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
	it('exist for French and Dutch', () => {
		expect(langs.sort()).toEqual(['fr', 'nl']);
	});

	const namespaces = [...new Set(langs.flatMap((lang) => readdirSync(join(root, lang))))];
	for (const ns of namespaces) {
		describe(ns, () => {
			const byLang = Object.fromEntries(langs.map((lang) => [lang, load(lang, ns)]));
			const keys = [...new Set(Object.values(byLang).flatMap((m) => [...m.keys()]))];

			it('has every key in every language', () => {
				for (const lang of langs) {
					expect(
						keys.filter((k) => !byLang[lang]!.has(k)),
						`${lang}/${ns}`
					).toEqual([]);
				}
			});

			it('has no empty or non-string value', () => {
				for (const lang of langs) {
					const bad = [...byLang[lang]!].filter(([, v]) => typeof v !== 'string' || !v.trim());
					expect(
						bad.map(([k]) => k),
						`${lang}/${ns}`
					).toEqual([]);
				}
			});

			it('uses the same interpolation variables in every language', () => {
				for (const key of keys) {
					const [first, ...rest] = langs.map((lang) => placeholders(byLang[lang]!.get(key)));
					for (const other of rest) expect(other, `${ns}:${key}`).toEqual(first);
				}
			});
		});
	}
});
