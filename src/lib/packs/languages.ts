/**
 * The languages a pack's texts can be written in (a pack lists its own in `languages`). Apart from
 * the schema so the interface can pick a pack text without loading the validator.
 */
export const LANGUAGES = ['fr', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
