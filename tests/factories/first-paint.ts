/**
 * Runs a first-paint script (src/lib/i18n/first-paint.js) as a page at `url`, written in `pageLang`,
 * would: with a saved choice and browser languages, and no DOM. Returns where it sent the reader, and
 * the page's `lang` and `hidden` after it ran.
 */
export function runFirstPaint(
	script: string,
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
	new Function(...Object.keys(env), script)(...Object.values(env));
	return { replaced, lang: root.lang, hidden: root.hidden };
}
