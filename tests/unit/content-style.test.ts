/**
 * House style of the built-in packs, beyond what pack:check enforces: the Dutch text addresses the
 * learner as "u" and uses the official names, the French text one spelling per term. Citation
 * quotes are left out: they copy the sources verbatim, spelling included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = 'scenarios';
const files = readdirSync(root).filter((f) => f.endsWith('.yaml'));

type Texts = { fr: string[]; nl: string[]; any: string[] };

/** Every string of the pack in document order, by language, without citation quotes. */
function collect(value: unknown, out: Texts, lang: 'fr' | 'nl' | 'any' = 'any', key = ''): Texts {
	if (typeof value === 'string') {
		if (key !== 'quote') out[lang].push(value);
	} else if (Array.isArray(value)) {
		for (const item of value) collect(item, out, lang, key);
	} else if (value && typeof value === 'object') {
		for (const [k, child] of Object.entries(value)) {
			const next = k === 'fr' || k === 'nl' ? k : lang;
			collect(child, out, next, k);
		}
	}
	return out;
}

const forbidden: { lang: 'fr' | 'nl' | 'any'; pattern: RegExp; why: string }[] = [
	{
		lang: 'nl',
		pattern: /\b(je|jij|jou|jouw|jezelf)\b/i,
		why: 'de cursist wordt met "u" aangesproken'
	},
	{ lang: 'nl', pattern: /\bhet CFI\b/i, why: '"de CFI" (de Cel)' },
	{
		lang: 'any',
		pattern: /Plan Radicalisering/i,
		why: 'officieel: Actieplan Radicalisme (Plan R)'
	},
	{ lang: 'nl', pattern: /voor rekening van/i, why: 'calque of "pour le compte de"' },
	{
		lang: 'nl',
		pattern: /VSSE-medewerker|medewerkers? van de VSSE/i,
		why: 'one word: VSSE-agenten'
	},
	{ lang: 'nl', pattern: /reisbewegingen/i, why: "one word for BelPIU's data: verplaatsingen" },
	{ lang: 'fr', pattern: /plateforme/i, why: 'one spelling: plate-forme' },
	{
		lang: 'fr',
		pattern: /\b(?!Task Forces? Locales?)[Tt]ask [Ff]orces? [Ll]ocales?/,
		why: 'one capitalisation: Task Forces Locales'
	}
];

const crisisCentre = {
	fr: {
		any: /Centre de crise|DGCC|NCCN/,
		full: "DGCC (aujourd'hui Centre de crise National, NCCN)"
	},
	nl: { any: /Crisiscentrum|ADCC|NCCN/, full: 'ADCC (nu Nationaal Crisiscentrum, NCCN)' }
} as const;

describe.each(files)('%s', (file) => {
	const source = readFileSync(join(root, file), 'utf8');
	const texts = collect(load(source), { fr: [], nl: [], any: [] });

	it.each(forbidden)('has no $pattern ($why)', ({ lang, pattern }) => {
		const pool = lang === 'any' ? [...texts.fr, ...texts.nl, ...texts.any] : texts[lang];
		expect(pool.filter((text) => pattern.test(text))).toEqual([]);
	});

	it.each(['fr', 'nl'] as const)(
		'names the Crisis Centre in full at its first %s mention',
		(lang) => {
			const first = texts[lang].find((text) => crisisCentre[lang].any.test(text));
			if (first) expect(first).toContain(crisisCentre[lang].full);
		}
	);

	it('quotes flow values that YAML 1.1 readers would cut or misread', () => {
		// In `{ fr: Et en retour ?, … }` a YAML 1.1 reader takes "?" for a key marker.
		const bad = [...source.matchAll(/[{,]\s*(fr|nl): ([^'"\s{[][^,}\n]*)/g)]
			.map((m) => m[2] ?? '')
			.filter((value) => /\?|: | #|^[-?:!&*|>%@`]/.test(value));
		expect(bad).toEqual([]);
	});
});
