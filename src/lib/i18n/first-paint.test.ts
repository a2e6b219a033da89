import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from './languages';

const LANGS = UI_LANGUAGES.map((l) => l.code);
import { FIRST_PAINT_SCRIPT } from './first-paint.js';
import { pathIn } from './paths';

/** Runs the inline script against a page at `url` written in `pageLang`; returns where it went. */
function run(
	url: string,
	pageLang: string,
	{ saved = null, browser = ['fr-BE'] }: { saved?: string | null; browser?: string[] } = {}
) {
	const here = new URL(url, 'https://liaison.test');
	const root = { lang: pageLang, hidden: false };
	let replaced: string | null = null;
	const env = {
		document: { documentElement: root },
		localStorage: { getItem: () => saved },
		navigator: { languages: browser, language: browser[0] },
		location: {
			pathname: here.pathname,
			search: here.search,
			hash: here.hash,
			replace: (to: string) => (replaced = to)
		}
	};
	new Function(...Object.keys(env), FIRST_PAINT_SCRIPT)(...Object.values(env));
	return { replaced, lang: root.lang, hidden: root.hidden };
}

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
});
