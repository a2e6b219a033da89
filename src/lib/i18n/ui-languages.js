/**
 * The languages the interface speaks: the registry's entries. Adding a UI language is its files under
 * `locales/<code>/` and one entry here; the app (through languages.ts, which types this list), the
 * first-paint script and the prerendered pages (svelte.config.js) all read it.
 * Plain JavaScript, so svelte.config.js, which Node loads without TypeScript, reads the same list.
 * The first entry is the default language: its pages have no prefix (`/play`), the others' do (`/nl/play`),
 * so a code is two lowercase letters (src/lib/i18n/paths.ts).
 */
export const UI_LANGUAGES = /** @type {const} */ ([
	{ code: 'fr', name: 'Français', intl: 'fr-BE' },
	{ code: 'nl', name: 'Nederlands', intl: 'nl-BE' }
]);
