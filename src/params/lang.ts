import type { ParamMatcher } from '@sveltejs/kit';

// French pages are unprefixed (`/play`), Dutch ones under `/nl` (`/nl/play`): each language has its
// own prerendered page, so the first paint is in the reader's language (src/lib/i18n/paths.ts).
export const match = ((param: string): param is 'nl' => param === 'nl') satisfies ParamMatcher;
