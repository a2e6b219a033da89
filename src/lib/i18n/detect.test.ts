import { describe, expect, it } from 'vitest';
import { detectLang } from './detect';

describe('detectLang', () => {
	it('prefers the saved choice', () => {
		expect(detectLang('nl', ['fr-BE'])).toBe('nl');
	});
	it('ignores a saved value that is not a supported language', () => {
		expect(detectLang('de', ['nl-BE'])).toBe('nl');
	});
	it('takes the first Dutch or French browser language', () => {
		expect(detectLang(null, ['en-GB', 'nl-BE', 'fr'])).toBe('nl');
		expect(detectLang(null, ['FR-be'])).toBe('fr');
		expect(detectLang(undefined, ['nl'])).toBe('nl');
	});
	it('falls back to French', () => {
		expect(detectLang(null, ['en-US', 'de-DE'])).toBe('fr');
		expect(detectLang(null, [])).toBe('fr');
	});
});
