import { describe, expect, it } from 'vitest';
import { langOfPath, pathIn, stripLang } from './paths';

describe('language in the path', () => {
	it('reads French from an unprefixed path and Dutch from /nl', () => {
		expect(langOfPath('/')).toBe('fr');
		expect(langOfPath('/play')).toBe('fr');
		expect(langOfPath('/nl')).toBe('nl');
		expect(langOfPath('/nl/quiz')).toBe('nl');
		// A screen whose name starts with the letters is not a prefix.
		expect(langOfPath('/nlx')).toBe('fr');
		expect(langOfPath('/fr/play')).toBe('fr');
	});

	it('strips the prefix, the home page staying /', () => {
		expect(stripLang('/nl')).toBe('/');
		expect(stripLang('/nl/open')).toBe('/open');
		expect(stripLang('/open')).toBe('/open');
	});

	it('builds the same screen in either language', () => {
		expect(pathIn('nl', '/')).toBe('/nl');
		expect(pathIn('nl', '/play')).toBe('/nl/play');
		expect(pathIn('nl', '/nl/play')).toBe('/nl/play');
		expect(pathIn('fr', '/nl/play')).toBe('/play');
		expect(pathIn('fr', '/nl')).toBe('/');
		expect(pathIn('fr', '/settings')).toBe('/settings');
	});
});
