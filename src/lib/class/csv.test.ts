import { describe, expect, it } from 'vitest';
import { CSV_BOM, classCsv, type CsvHeader } from './csv';
import { scenarioResult } from '../../../tests/factories/class';

const header: CsvHeader = {
	name: 'Nom',
	step: 'Étape',
	answer: 'Choix',
	points: 'Points',
	max: 'Max',
	total: 'Total',
	totalMax: 'Total max',
	percent: '%',
	ending: 'Fin',
	started: 'Début',
	ended: 'Fin du jeu'
};

describe('class CSV', () => {
	it('writes a BOM, a header and one row per trainee and step', () => {
		const csv = classCsv(
			[scenarioResult('Chloé', 'forgot'), scenarioResult('Daan', 'keep')],
			header
		);
		expect(csv.startsWith(CSV_BOM)).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'"Nom","Étape","Choix","Points","Max","Total","Total max","%","Fin","Début","Fin du jeu"'
		);
		expect(lines).toHaveLength(1 + 3 + 2);
		expect(lines[3]).toContain('"Chloé","partners","ccb"');
		expect(lines[5]).toMatch(/^"Daan","decide","keep","0","2"/);
	});

	it('quotes and defuses untrusted names', () => {
		const csv = classCsv([scenarioResult('=HYPERLINK("x")', 'keep')], header);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
	});
});
