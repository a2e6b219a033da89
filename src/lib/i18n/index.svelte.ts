import i18next, { type FormatterModule, type TOptions } from 'i18next';
import type { LocalizedText } from '$lib/packs/schema';
import { detectLang } from './detect';
import { DEFAULT_LANG, type Lang } from './languages';
import { formatValue } from './format';
import { localize } from './pack-text';
import type { TranslationKey } from './resources';

export { UI_LANGUAGES, type Lang } from './languages';
export { oneOf, type TranslationKey } from './resources';

type Bundle = Record<string, unknown>;

// The shell's French strings are bundled (prerendered pages need them); every other file — Dutch, and
// the namespaces of screens that render in the browser only — is fetched the first time it is needed.
const bundled = import.meta.glob<Bundle>('/locales/fr/common.json', {
	eager: true,
	import: 'default'
});
// The scorm namespace is the SCORM package's (its player adds it with addStrings): the app never shows it.
const lazy = import.meta.glob<Bundle>(['/locales/*/*.json', '!/locales/*/scorm.json'], {
	import: 'default'
});

const STORAGE_KEY = 'liaison.lang';
const namespaceOf = (path: string) =>
	path
		.split('/')
		.pop()!
		.replace(/\.json$/, '');

const frResources: Record<string, Bundle> = {};
for (const [path, bundle] of Object.entries(bundled)) frResources[namespaceOf(path)] = bundle;

// Our formatter replaces i18next's: one helper formats every number the interface shows.
const formatter: FormatterModule = {
	type: 'formatter',
	init: () => {},
	add: () => {},
	addCached: () => {},
	format: (value, format, lng) => formatValue(value, format, lng) as string
};

i18next.use(formatter).init({
	lng: DEFAULT_LANG,
	fallbackLng: DEFAULT_LANG,
	resources: { fr: frResources },
	ns: Object.keys(frResources),
	defaultNS: 'common',
	interpolation: {
		// Svelte escapes text it renders; escaping here too would show entities.
		escapeValue: false,
		// Every interpolated number in the language's own notation ("0,5 point(s) sur 1").
		alwaysFormat: true
	},
	initAsync: false
});

let current = $state<Lang>(DEFAULT_LANG);
// Bumped when strings arrive, so text rendered before a namespace loaded is rendered again.
let loaded = $state(0);

/** Translates a key; reading the state makes every caller re-render when the language changes. */
export function t(key: TranslationKey, options?: TOptions): string {
	void current;
	void loaded;
	// The key is checked here; i18next's per-key option types would cost every call site compile time.
	return (i18next.t as (key: string, options?: TOptions) => string)(key, options);
}

export const locale = {
	get current(): Lang {
		return current;
	}
};

async function ensureLoaded(lang: Lang, namespaces?: readonly string[]): Promise<void> {
	const prefix = `/locales/${lang}/`;
	const pending = Object.entries(lazy)
		.filter(
			([path]) =>
				path.startsWith(prefix) &&
				(!namespaces || namespaces.includes(namespaceOf(path))) &&
				!i18next.hasResourceBundle(lang, namespaceOf(path))
		)
		.map(async ([path, load]) => i18next.addResourceBundle(lang, namespaceOf(path), await load()));
	if (pending.length) {
		await Promise.all(pending);
		loaded++;
	}
}

async function apply(lang: Lang): Promise<void> {
	await i18next.changeLanguage(lang);
	current = lang;
	if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/**
 * The language of the page being rendered (its path says it: src/lib/i18n/paths.ts), set before it
 * renders, when prerendered and before hydration. Only the shell's strings: what the first paint shows;
 * the screens' namespaces come with stringsReady().
 */
export async function usePageLang(lang: Lang): Promise<void> {
	await ensureLoaded(lang, ['common']);
	await apply(lang);
}

/**
 * A screen's strings in its page's language, for a page's load: the layout's load sets that
 * language too, but the two loads run side by side and this one must not fetch the other language.
 */
export async function pageStrings(lang: Lang, ...namespaces: string[]): Promise<void> {
	await usePageLang(lang);
	await stringsReady(...namespaces);
}

/** Switches language at once (no reload), sets <html lang> and, when the learner chose it, remembers it. */
export async function setLang(lang: Lang, remember = true): Promise<void> {
	// The namespaces the screens loaded so far, in the new language: the others come when a screen
	// asks for them (stringsReady), so the start in the default language fetches nothing.
	await ensureLoaded(lang, Object.keys(i18next.store.data[current] ?? {}));
	await apply(lang);
	if (remember) {
		try {
			localStorage.setItem(STORAGE_KEY, lang);
		} catch {
			// Blocked storage: the choice holds for this visit only.
		}
	}
}

/** Picks the first language in the browser: saved choice, else browser languages, else French. */
export function startLang(): Promise<void> {
	let saved: string | null;
	try {
		saved = localStorage.getItem(STORAGE_KEY);
	} catch {
		saved = null;
	}
	return setLang(detectLang(saved, navigator.languages ?? [navigator.language]), false);
}

/** A pack text (`{ fr, nl }`) in the current language, reactive like t(). */
export function lt(text: LocalizedText | undefined): string {
	return localize(text, current);
}

/** Adds a namespace the app does not load itself (the SCORM player's strings). */
export function addStrings(namespace: string, bundles: Partial<Record<Lang, Bundle>>): void {
	for (const [lang, bundle] of Object.entries(bundles)) {
		if (bundle) i18next.addResourceBundle(lang, namespace, bundle);
	}
	loaded++;
}

/**
 * Resolves when the namespaces a screen built in the browser uses are loaded in the current
 * language (all of them when none is named). Naming them keeps the first screen from waiting for
 * every other screen's strings.
 */
export async function stringsReady(...namespaces: string[]): Promise<void> {
	// Again if the language changed meanwhile: the screen shows the new language's strings too.
	for (let lang: Lang | undefined; lang !== current;) {
		lang = current;
		await ensureLoaded(lang, namespaces.length ? namespaces : undefined);
	}
}
