import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankReport } from '../lib/authoring/bank-report';
import { importBank } from '../lib/authoring/draft-file';
import type { MessageTree } from '../lib/packs/issues';
import { reportLine } from './bank-import';

const messages = (lang: string) =>
	JSON.parse(readFileSync(`locales/${lang}/authoring.json`, 'utf8')) as MessageTree;

describe('bank:import report', () => {
	const gift = readFileSync('tests/fixtures/banks/every-kind.gift', 'utf8');
	const report = bankReport(importBank(gift, 'every-kind.gift', { lang: 'fr' }));

	it('lists every question by line, its losses right under it, the refused ones in place', () => {
		const lines = report.entries.map((e) => reportLine('bank.gift', e, messages('fr')));
		expect(lines).toContain('bank.gift:23: gardée: gift-6 (short)');
		const at = lines.indexOf('bank.gift:23: gardée: gift-6 (short)');
		expect(lines.slice(at + 1, at + 4)).toEqual([
			"bank.gift:23: modifiée: gift-6 — commentaire d'une bonne réponse déplacé dans l'explication «Exact.»",
			'bank.gift:23: perdu: gift-6 — réponse partiellement juste ignorée «OCA»',
			'bank.gift:23: perdu: gift-6 — commentaire de cette réponse ignoré «Presque.»'
		]);
		expect(lines).toContain(
			'bank.gift:39: refusée: Essay — question ouverte (non notable) «Décrivez le rôle de la CSIL-R.»'
		);
		expect(report.counts).toEqual({ kept: 12, listed: 4, refused: 3 });
	});

	it("gives each loss the line of the part lost, under its question (Moodle's truefalse.xml)", () => {
		const xml = readFileSync('tests/fixtures/banks/moodle/xml/truefalse.xml', 'utf8');
		const lines = bankReport(importBank(xml, 'truefalse.xml', { lang: 'fr' })).entries.map((e) =>
			reportLine('truefalse.xml', e, messages('fr'))
		);
		const at = lines.indexOf('truefalse.xml:40: gardée: xml-2 (truefalse)');
		expect(lines.slice(at + 1).map((l) => l.split(' — ')[0])).toEqual([
			'truefalse.xml:45: modifiée: xml-2',
			'truefalse.xml:48: modifiée: xml-2',
			'truefalse.xml:57: perdu: xml-2',
			'truefalse.xml:63: perdu: xml-2'
		]);
	});

	it('says why a file is refused, in Dutch too', () => {
		const refused = bankReport(importBank('<!DOCTYPE q><quiz/>', 'x.xml', { lang: 'nl' }));
		expect(reportLine('x.xml', refused.entries[0]!, messages('nl'))).toBe(
			'x.xml:1: geweigerd: bestand geweigerd «DOCTYPE-declaratie niet toegestaan (XML-entiteiten: risico op expansie of toegang tot externe bestanden)»'
		);
	});
});
