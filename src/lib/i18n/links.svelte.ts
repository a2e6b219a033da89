import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Pathname, ResolvedPathname } from '$app/types';
import { DEFAULT_LANG, type Lang } from './languages';
import { locale, setLang } from './index.svelte';
import { pathIn } from './paths';

// The one place the app's internal links are built (a .svelte.ts module so that the lint rule on
// unresolved links reads its types): every screen exists once per language
// (src/routes/[[lang=lang]]), and a link stays in the language of the page it is on.

/** The app's screens, by their French (unprefixed) path. */
export type Screen =
	'/' | '/play' | '/quiz' | '/progress' | '/authoring' | '/class' | '/settings' | '/open';

export type Query = Record<string, string> | URLSearchParams;

const withQuery = (path: string, query?: Query) => {
	const search = query ? new URLSearchParams(query).toString() : '';
	return search ? `${path}?${search}` : path;
};

/**
 * A link to a screen in the current language (or `lang`), with its query. Reading the language makes
 * a template that calls it follow a switch. Typed as SvelteKit's resolved path, which it is (query
 * included), so the lint rule on unresolved links (svelte/no-navigation-without-resolve) accepts it.
 */
export function appHref(
	screen: Screen,
	query?: Query,
	lang: Lang = locale.current
): ResolvedPathname {
	return withQuery(resolve(pathIn(lang, screen) as Pathname), query) as ResolvedPathname;
}

/**
 * The path of a link given to someone else (a shared pack, a class invitation): unprefixed, in no
 * one's language; the reader's page moves them to theirs before it paints (first-paint.js).
 */
export function sharedPath(screen: Screen, query?: Query): string {
	return appHref(screen, query, DEFAULT_LANG);
}

/** Is this path (from page.url) the given screen, in any language? */
export function isScreen(pathname: string, screen: Screen): boolean {
	const bare = pathIn(DEFAULT_LANG, pathname);
	return screen === '/' ? bare === '/' : bare === screen || bare.startsWith(`${screen}/`);
}

/**
 * The learner's choice: remembered (read before the next first paint), shown at once, and the
 * address moves to the same screen in that language (query and hash kept), without a reload.
 */
export async function switchLanguage(lang: Lang): Promise<void> {
	await setLang(lang);
	const here = `${pathIn(lang, location.pathname)}${location.search}${location.hash}`;
	await goto(here as ResolvedPathname, { replaceState: true, noScroll: true, keepFocus: true });
}
