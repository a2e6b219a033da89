import { isLang } from './detect';
import { DEFAULT_LANG, type Lang } from './languages';

// Each language has its own prerendered pages: French at the root (`/play`), the others under their
// code (`/nl/play`), so a page paints in its language before any script runs. Pure: the service
// worker, the server hook and the link builder share it.

const PREFIX = /^\/([a-z]{2})(?=\/|$)/;

/** The language a path is written in: its prefix, else French. */
export function langOfPath(pathname: string): Lang {
	const code = PREFIX.exec(pathname)?.[1];
	return code !== DEFAULT_LANG && isLang(code) ? code : DEFAULT_LANG;
}

/** The path without its language prefix: `/nl/play` → `/play`, `/nl` → `/`. */
export function stripLang(pathname: string): string {
	if (langOfPath(pathname) === DEFAULT_LANG) return pathname;
	return pathname.replace(PREFIX, '') || '/';
}

/** The same screen in `lang`: `pathIn('nl', '/play')` → `/nl/play`, `pathIn('fr', '/nl')` → `/`. */
export function pathIn(lang: Lang, pathname: string): string {
	const bare = stripLang(pathname);
	if (lang === DEFAULT_LANG) return bare;
	return bare === '/' ? `/${lang}` : `/${lang}${bare}`;
}
