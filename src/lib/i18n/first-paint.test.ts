import { describe, expect, it } from 'vitest';
import { runFirstPaint } from '../../../tests/factories/first-paint';
import { FIRST_PAINT_SCRIPT, firstPaintScript } from './first-paint.js';
import { UI_LANGUAGES } from './languages';
import { pathIn } from './paths';

const LANGS = UI_LANGUAGES.map((l) => l.code);

/** Runs the inline script against a page at `url` written in `pageLang`; returns where it went. */
const run = (url: string, pageLang: string, options?: Parameters<typeof runFirstPaint>[3]) =>
	runFirstPaint(FIRST_PAINT_SCRIPT, url, pageLang, options);

describe('first-paint script', () => {
	it('leaves a page in the reader’s language alone', () => {
		expect(run('/play?pack=p', 'fr').replaced).toBeNull();
		expect(run('/nl/play?pack=p', 'nl', { browser: ['nl-BE'] }).replaced).toBeNull();
	});

	it('moves a Dutch browser to the Dutch page, query and hash kept, hiding the French one', () => {
		expect(run('/', 'fr', { browser: ['nl-BE', 'fr'] })).toEqual({
			replaced: '/nl',
			lang: 'nl',
			hidden: true
		});
		expect(
			run('/open?pack=https%3A%2F%2Fx.test%2Fp.json#top', 'fr', { browser: ['nl'] }).replaced
		).toBe('/nl/open?pack=https%3A%2F%2Fx.test%2Fp.json#top');
	});

	it('moves a French browser off a Dutch page', () => {
		expect(run('/nl/quiz?mode=review', 'nl', { browser: ['fr-BE'] }).replaced).toBe(
			'/quiz?mode=review'
		);
		expect(run('/nl', 'nl').replaced).toBe('/');
	});

	it('lets a saved choice beat the browser, and ignores a saved value that is no language', () => {
		expect(run('/play', 'fr', { saved: 'nl', browser: ['fr-BE'] }).replaced).toBe('/nl/play');
		expect(run('/nl/play', 'nl', { saved: 'fr', browser: ['nl-BE'] }).replaced).toBe('/play');
		expect(run('/play', 'fr', { saved: 'de', browser: ['nl-BE'] }).replaced).toBe('/nl/play');
	});

	it('falls back to French for a browser in neither language', () => {
		expect(run('/nl/settings', 'nl', { browser: ['en-GB', 'de'] }).replaced).toBe('/settings');
	});

	it('never loops when a page of the other language answers the address (offline fallback)', () => {
		// The worker answers an unknown /nl/… address with a page: it must not reload itself forever.
		expect(run('/nl/unknown', 'fr', { browser: ['nl-BE'] }).replaced).toBeNull();
	});

	it('knows the same languages and prefixes as the app', () => {
		for (const lang of LANGS) {
			for (const page of LANGS) {
				const { replaced } = run(pathIn(page, '/play'), page, { saved: lang });
				expect(replaced).toBe(lang === page ? null : pathIn(lang, '/play'));
			}
		}
	});

	it('refuses a language code it could not write into the page or read back from a path', () => {
		expect(() => firstPaintScript(['fr', 'nl-BE'])).toThrow(/two lowercase letters, got "nl-BE"/);
		expect(() => firstPaintScript(['fr', "x'</script>"])).toThrow(/two lowercase letters/);
		expect(() => firstPaintScript([])).toThrow(/two lowercase letters/);
	});
});
