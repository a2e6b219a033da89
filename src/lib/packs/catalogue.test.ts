import { describe, expect, it } from 'vitest';
import { CATALOGUE, actorsOf, parseCatalogue } from './catalogue.ts';

const catalogued = (id: string) => actorsOf({ actors: [] }).get(id);
import { LANGUAGES } from './schema.ts';

// The ids agreed in the format draft, which content writers use.
const DRAFT_IDS = [
	'vsse',
	'sgrs',
	'ocam',
	'federal-police',
	'local-police',
	'federal-prosecutor',
	'prosecutors',
	'college-prosecutors-general',
	'immigration-office',
	'prisons',
	'ctif',
	'belpiu',
	'customs',
	'ccb',
	'crisis-centre',
	'foreign-affairs',
	'dg-air-transport',
	'dg-maritime-transport',
	'defence',
	'cns',
	'csrs',
	'ccrs',
	'local-task-force',
	'foreign-services',
	'bis',
	'nato',
	'eu',
	'un'
];

describe('organisation catalogue', () => {
	it('has exactly the agreed ids, once each', () => {
		expect(CATALOGUE.map((a) => a.id)).toEqual(DRAFT_IDS);
	});

	it('gives every entry a non-empty acronym, name and role in each language', () => {
		for (const actor of CATALOGUE) {
			for (const field of ['acronym', 'name', 'role'] as const) {
				for (const lang of LANGUAGES)
					expect(actor[field][lang]?.trim(), `${actor.id}.${field}.${lang}`).toBeTruthy();
			}
		}
	});

	it('uses the official Dutch names', () => {
		expect(catalogued('sgrs')?.acronym.nl).toBe('ADIV');
		expect(catalogued('ocam')?.acronym.nl).toBe('OCAD');
		expect(catalogued('immigration-office')?.acronym.nl).toBe('DVZ');
		expect(catalogued('ctif')?.acronym.nl).toBe('CFI');
		expect(catalogued('cns')?.name.nl).toBe('Nationale Veiligheidsraad');
		expect(catalogued('vsse')?.name.nl).toContain('Staatsveiligheid');
	});

	it('extends the catalogue with pack actors without overriding it', () => {
		const own = {
			id: 'mi5',
			kind: 'foreign' as const,
			acronym: { fr: 'MI5' },
			name: { fr: 'MI5' },
			role: { fr: 'x' }
		};
		const clash = { ...own, id: 'vsse' };
		const all = actorsOf({ actors: [own, clash] });
		expect(all.get('mi5')).toBe(own);
		expect(all.get('vsse')).toBe(catalogued('vsse'));
		expect(catalogued('toString')).toBeUndefined();
	});

	it('refuses a faulty entry, naming the file, the entry and the field', () => {
		const [vsse, sgrs] = CATALOGUE;
		expect(() => parseCatalogue([vsse, { ...sgrs, name: { fr: 'SGRS' } }])).toThrow(
			'src/lib/packs/catalogue.json: entry 2 (id "sgrs"), field "name.nl"'
		);
		expect(() =>
			parseCatalogue([{ ...vsse, role: { fr: ' ', nl: 'x' } }], 'elsewhere.json')
		).toThrow('elsewhere.json: entry 1 (id "vsse"), field "role.fr": empty text');
		expect(() => parseCatalogue([{ ...vsse, kind: 'spy' }])).toThrow(
			/entry 1 \(id "vsse"\), field "kind"/
		);
		expect(() => parseCatalogue([vsse, vsse])).toThrow('an organisation id appears twice');
		expect(() => parseCatalogue({ vsse })).toThrow('src/lib/packs/catalogue.json: list:');
	});
});
