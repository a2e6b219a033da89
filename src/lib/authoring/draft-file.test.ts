import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankFormatOf, draftFromFile, mergeBank } from './draft-file';
import { emptyPack } from './templates';

describe('pack files into drafts', () => {
	it('opens an invalid pack as it is, to be fixed in the editor', () => {
		const opened = draftFromFile('format: 1\nid: mon-pack\ntitle: { fr: Titre }\n', 'x.yaml');
		expect(opened).toEqual({
			ok: true,
			draft: { format: 1, id: 'mon-pack', title: { fr: 'Titre' } }
		});
	});

	it('refuses what is not a pack document', () => {
		expect(draftFromFile('{ nope', 'x.json')).toMatchObject({
			ok: false,
			issues: [{ code: 'input.syntax' }]
		});
		expect(draftFromFile('- a\n- b\n', 'x.yaml')).toMatchObject({
			ok: false,
			issues: [{ code: 'schema.type' }]
		});
		expect(draftFromFile('a: !!binary xx', 'x.yaml')).toMatchObject({ ok: false });
	});
});

describe('question banks into drafts', () => {
	const aiken = 'Qui évalue la menace ?\nA. OCAM\nB. CTIF\nANSWER: A\n';

	it('recognises Aiken and GIFT', () => {
		expect(bankFormatOf('bank.txt', aiken)).toBe('aiken');
		expect(bankFormatOf('bank.txt', '::Q:: Oui ? {T}')).toBe('gift');
		expect(bankFormatOf('bank.gift', aiken)).toBe('gift');
		expect(bankFormatOf('questions.xml', '')).toBe('xml');
		expect(bankFormatOf('export.txt', '<?xml version="1.0"?><quiz/>')).toBe('xml');
	});

	it('adds a Moodle XML bank with its images, renaming a key the draft uses for another image', () => {
		const xml = readFileSync('tests/fixtures/banks/every-kind.xml', 'utf8');
		const draft = {
			...emptyPack('p'),
			assets: { 'img-logo-ocam-png': 'data:image/png;base64,AAAA' }
		};
		const merged = mergeBank(draft, xml, 'every-kind.xml', 'fr');
		expect(merged.added).toBe(8);
		expect(Object.keys(merged.draft.assets!)).toEqual(['img-logo-ocam-png', 'img-logo-ocam-png-2']);
		expect(merged.draft.questions![0]!.prompt.fr).toContain('(asset:img-logo-ocam-png-2)');
	});

	it('adds the questions with fresh ids and lists what was left out', () => {
		const gift = readFileSync('tests/fixtures/banks/every-kind.gift', 'utf8');
		const once = mergeBank(emptyPack('p'), gift, 'every-kind.gift', 'fr');
		expect(once.added).toBeGreaterThan(3);
		expect(once.skipped.length).toBeGreaterThan(0);
		const twice = mergeBank(once.draft, gift, 'every-kind.gift', 'fr');
		const ids = twice.draft.questions!.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(twice.draft.topics!.length).toBe(once.draft.topics!.length);
		const a = mergeBank(emptyPack('p'), aiken, 'bank.txt', 'nl');
		expect(a.draft.questions![0]).toMatchObject({
			kind: 'single',
			prompt: { nl: 'Qui évalue la menace ?' }
		});
	});
});
