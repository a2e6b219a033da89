import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '$lib/i18n/languages';

const root = 'locales';
const langs = readdirSync(root);

/** What a UI language lacks: each namespace file the default language has, under its own folder. */
function missingFiles(dir: string, registry: readonly UiLanguage[]): string[] {
	const expected = readdirSync(join(dir, 'fr'));
	return registry.flatMap(({ code }) => {
		let present: string[] = [];
		try {
			present = readdirSync(join(dir, code));
		} catch {
			// No folder at all: every file is missing.
		}
		return expected.filter((file) => !present.includes(file)).map((file) => `${code}/${file}`);
	});
}

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
	it('exist for every UI language of the registry, and only for them', () => {
		expect(missingFiles(root, UI_LANGUAGES)).toEqual([]);
		expect(langs.sort()).toEqual(UI_LANGUAGES.map((l) => l.code).sort());
	});

	it('are all a new registry entry needs', () => {
		const fake = { code: 'xx', name: 'Xxish', intl: 'de-DE' };
		const registry = [...UI_LANGUAGES, fake];
		// The entry alone is not enough: the check names every file the language lacks…
		expect(missingFiles(root, registry)).toEqual(
			readdirSync(join(root, 'fr')).map((file) => `xx/${file}`)
		);
		// …and passes once those files exist.
		const dir = mkdtempSync(join(tmpdir(), 'liaison-locales-'));
		try {
			for (const { code } of registry) {
				mkdirSync(join(dir, code));
				for (const file of readdirSync(join(root, 'fr')))
					writeFileSync(join(dir, code, file), readFileSync(join(root, 'fr', file)));
			}
			expect(missingFiles(dir, registry)).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
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
