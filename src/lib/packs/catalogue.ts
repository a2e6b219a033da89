/**
 * The shared organisation catalogue, built into the app. Packs refer to organisations by id;
 * a pack's own `actors` extend this list (an id clash with it is an error).
 * The entries live in catalogue.json, so a trainer can correct a name without touching code;
 * Dutch names follow the official forms listed in shared/content/glossary.md; roles say only
 * what the source documents say.
 */
import * as v from 'valibot';
import entries from './catalogue.json' with { type: 'json' };
import { ActorSchema } from './schema-base.ts';
import type { Actor } from './schema.ts';

export const CATALOGUE_FILE = 'src/lib/packs/catalogue.json';

// Built into every pack, so each text is required in both languages (a pack's own may lack one).
const BothLanguages = v.strictObject({
	fr: v.pipe(v.string(), v.trim(), v.nonEmpty('empty text')),
	nl: v.pipe(v.string(), v.trim(), v.nonEmpty('empty text'))
});
const EntrySchema = v.pipe(
	v.strictObject({
		...ActorSchema.entries,
		acronym: BothLanguages,
		name: BothLanguages,
		role: BothLanguages
	}),
	v.transform((entry): Actor => entry)
);

const CatalogueSchema = v.pipe(
	v.array(EntrySchema),
	v.check(
		(actors) => new Set(actors.map((a) => a.id)).size === actors.length,
		'an organisation id appears twice'
	)
);

/**
 * Checks the catalogue's entries like a pack's actors. A mistake stops the build and the tests
 * with the file, the entry (index and id) and the field that is wrong.
 */
export function parseCatalogue(input: unknown, file = CATALOGUE_FILE): readonly Actor[] {
	const result = v.safeParse(CatalogueSchema, input);
	if (result.success) return Object.freeze(result.output);
	const issue = result.issues[0];
	const path = issue.path ?? [];
	const index = path[0]?.key;
	const id = typeof index === 'number' && Array.isArray(input) ? input[index]?.id : undefined;
	const entry =
		typeof index === 'number' ? `entry ${index + 1}${id ? ` (id "${id}")` : ''}` : 'list';
	const field = path
		.slice(1)
		.map((p) => p.key)
		.join('.');
	throw new Error(`${file}: ${entry}${field ? `, field "${field}"` : ''}: ${issue.message}`);
}

export const CATALOGUE: readonly Actor[] = parseCatalogue(entries);

const byId: ReadonlyMap<string, Actor> = new Map(CATALOGUE.map((a) => [a.id, a]));

/** The catalogue followed by the pack's own actors, by id. */
export function actorsOf(pack: { actors: readonly Actor[] }): ReadonlyMap<string, Actor> {
	const all = new Map(byId);
	for (const a of pack.actors) if (!all.has(a.id)) all.set(a.id, a);
	return all;
}
