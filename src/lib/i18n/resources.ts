/**
 * The shape of the UI strings, from the French files (the locale test holds every other language
 * to the same keys). i18next's own types then know every key: `t()` takes only keys that exist.
 */
import type { ParseKeys } from 'i18next';
import type authoring from '$locales/fr/authoring.json';
import type classroom from '$locales/fr/class.json';
import type common from '$locales/fr/common.json';
import type home from '$locales/fr/home.json';
import type packs from '$locales/fr/packs.json';
import type play from '$locales/fr/play.json';
import type progress from '$locales/fr/progress.json';
import type quiz from '$locales/fr/quiz.json';
import type scorm from '$locales/fr/scorm.json';
import type settings from '$locales/fr/settings.json';
import type sharing from '$locales/fr/sharing.json';
import type stakes from '$locales/fr/stakes.json';

export interface Resources {
	common: typeof common;
	authoring: typeof authoring;
	class: typeof classroom;
	home: typeof home;
	packs: typeof packs;
	play: typeof play;
	progress: typeof progress;
	quiz: typeof quiz;
	scorm: typeof scorm;
	settings: typeof settings;
	sharing: typeof sharing;
	stakes: typeof stakes;
}

declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'common';
		resources: Resources;
	}
}

/** `common` first: its keys go bare (`'shell.skip'`), every other namespace's with it (`'quiz:loading'`). */
type Namespaces = [
	'common',
	'authoring',
	'class',
	'home',
	'packs',
	'play',
	'progress',
	'quiz',
	'scorm',
	'settings',
	'sharing',
	'stakes'
];

/** Every key `t()` accepts; plural keys without their `_one`/`_other` ending. */
export type TranslationKey = ParseKeys<Namespaces>;

/**
 * Narrows a value read from loose data (a draft being edited, a filter id) to one of a vocabulary,
 * so that a key built from it (`authoring:kind.${kind}`) is checked like a literal one.
 */
export function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
	return (values as readonly unknown[]).includes(value);
}
