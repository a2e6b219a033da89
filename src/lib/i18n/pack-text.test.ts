import { describe, expect, it } from 'vitest';
import { byTitle, localize } from './pack-text';

describe('localize', () => {
	it('picks the learner language', () => {
		expect(localize({ fr: 'Sûreté', nl: 'Staatsveiligheid' }, 'nl')).toBe('Staatsveiligheid');
	});
	it('falls back to another language rather than showing nothing', () => {
		expect(localize({ fr: 'Sûreté' }, 'nl')).toBe('Sûreté');
		expect(localize({ nl: 'Staatsveiligheid', fr: '' }, 'fr')).toBe('Staatsveiligheid');
		expect(localize(undefined, 'fr')).toBe('');
	});
	it('drops bidi and zero-width controls, so a title cannot disguise itself', () => {
		const spoof = '\u202eKCAP\u202c Liaison\u200b\u2066 officiel\u2069\ufeff';
		expect(localize({ fr: spoof }, 'fr')).toBe('KCAP Liaison officiel');
	});
});

describe('byTitle', () => {
	const packs = [
		{ id: 'a', title: { fr: 'Zèbre', nl: 'Appel' } },
		{ id: 'b', title: { fr: 'Écoute', nl: 'Zon' } },
		{ id: 'c', title: { fr: 'avion', nl: 'boot' } }
	];
	it('orders by the title in the UI language, as that language sorts', () => {
		expect([...packs].sort(byTitle('fr')).map((p) => p.id)).toEqual(['c', 'b', 'a']);
		expect([...packs].sort(byTitle('nl')).map((p) => p.id)).toEqual(['a', 'c', 'b']);
	});
});
