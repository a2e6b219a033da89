/** Pack format, part 1: vocabularies, identifiers, texts and the pack header's small objects. */
import * as v from 'valibot';
import { DATA_URI_PATTERN, LIMITS, PACK_ID_PATTERN, SEMVER_PATTERN, isSafeId } from './limits.ts';

type Run = v.GenericSchema['~run'];

/**
 * The valibot release whose internals (`~run`, its datasets and issue objects) the fast paths below
 * were written and checked against. valibot-pin.test.ts fails on any other installed version: read
 * the patched code against the new release, rerun schema-fast.test.ts, then change this.
 */
export const PATCHED_VALIBOT_VERSION = '1.5.0';

export { LANGUAGES, type Language } from './languages.ts';

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export const QUESTION_DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const ACTOR_KINDS = [
	'belgian-service',
	'belgian-partner',
	'coordination',
	'international',
	'foreign'
] as const;
export const PARTNER_RATINGS = ['essential', 'useful', 'inappropriate'] as const;
export const OUTCOMES = ['success', 'partial', 'failure'] as const;
export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export const STEP_KINDS = [
	'briefing',
	'decision',
	'partners',
	'ordering',
	'question',
	'ending'
] as const;
export const QUESTION_KINDS = [
	'single',
	'multiple',
	'truefalse',
	'matching',
	'ordering',
	'short',
	'numeric'
] as const;

// Custom messages double as issue codes (see issues.ts).
export const IdSchema = v.pipe(v.string(), v.check(isSafeId, 'schema.id'));
export const ShortSchema = v.pipe(v.string(), v.maxLength(LIMITS.maxShortLength));
export const TextSchema = v.pipe(v.string(), v.maxLength(LIMITS.maxTextLength));
export const list = <T extends v.GenericSchema>(item: T, min = 0) =>
	v.pipe(v.array(item), v.minLength(min), v.maxLength(LIMITS.maxListLength));
export const idList = () => v.optional(list(IdSchema), () => []);
export const finite = () => v.pipe(v.number(), v.finite());

/** A text the learner reads, in each of the pack's languages (completeness is checked in validate). */
export const LocalizedTextSchema = v.strictObject({
	fr: v.optional(TextSchema),
	nl: v.optional(TextSchema)
});

/**
 * The usual case, `{ fr: '…', nl: '…' }` with short enough strings, checked without valibot's
 * per-field datasets: a large pack holds some 10,000 texts. The result is the one valibot gives
 * (the same keys, in the schema's order); anything else goes through valibot and its messages.
 */
function isPlainText(value: unknown): boolean {
	return typeof value === 'string' && value.length <= LIMITS.maxTextLength;
}
const runLocalized = LocalizedTextSchema['~run'].bind(LocalizedTextSchema);
Object.defineProperty(LocalizedTextSchema, '~run', {
	value: ((dataset, config) => {
		const input = dataset.value as Record<string, unknown> | null;
		if (input && typeof input === 'object' && !Array.isArray(input)) {
			let plain = true;
			for (const key in input) if (key !== 'fr' && key !== 'nl') plain = false;
			const hasFr = 'fr' in input;
			const hasNl = 'nl' in input;
			if (plain && (!hasFr || isPlainText(input.fr)) && (!hasNl || isPlainText(input.nl))) {
				const output: { fr?: string; nl?: string } = {};
				if (hasFr) output.fr = input.fr as string;
				if (hasNl) output.nl = input.nl as string;
				const result = dataset as unknown as { typed: boolean; value: unknown };
				result.typed = true;
				result.value = output;
				return result as never;
			}
		}
		return runLocalized(dataset, config);
	}) satisfies Run
});

export const CitationSchema = v.strictObject({
	source: IdSchema,
	quote: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxQuoteLength))
});

export const ActorSchema = v.strictObject({
	id: IdSchema,
	acronym: LocalizedTextSchema,
	name: LocalizedTextSchema,
	role: LocalizedTextSchema,
	kind: v.picklist(ACTOR_KINDS)
});

export const TopicSchema = v.strictObject({ id: IdSchema, label: LocalizedTextSchema });

export const SourceSchema = v.strictObject({
	id: IdSchema,
	title: ShortSchema,
	publisher: v.optional(ShortSchema),
	date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'schema.date'))),
	url: v.optional(v.pipe(ShortSchema, v.regex(/^https:\/\/[^\s]+$/, 'schema.https')))
});

export const PackOptionsSchema = v.strictObject({
	feedback: v.optional(v.picklist(['immediate', 'deferred']), 'immediate'),
	timeLimitMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600))),
	// Range checked in validate.ts so that it gets its own, clearer message.
	passMark: v.optional(finite(), 70),
	rosterDuringPlay: v.optional(v.boolean(), true)
});

// Patterns re-exported for the pack header (schema.ts).
export { DATA_URI_PATTERN, PACK_ID_PATTERN, SEMVER_PATTERN };

/**
 * Speeds up a union or variant whose options exclude one another: `pick` names the one option
 * that could accept the input. When it does accept it, its result is the schema's result (a
 * union or variant returns the first option that accepts, and no other can). Otherwise — the
 * input is invalid — the schema runs as usual, so errors are worded exactly as before. valibot's
 * own loop builds a full issue object for every option it rejects on the way: a third of the
 * schema's time on a large pack.
 */
export function dispatch<T extends v.GenericSchema>(
	schema: T,
	pick: (input: Record<string, unknown>) => v.GenericSchema | undefined
): T {
	const run: Run = schema['~run'].bind(schema);
	const fast: Run = (dataset, config) => {
		const input = dataset.value;
		const option =
			input && typeof input === 'object' ? pick(input as Record<string, unknown>) : undefined;
		if (option) {
			const result = option['~run']({ value: input }, config);
			if (!result.issues) return result;
		}
		return run(dataset, config);
	};
	Object.defineProperty(schema, '~run', { value: fast });
	return schema;
}

/** v.variant on a key whose values are distinct literals, dispatched by a lookup on that key. */
export function variant<const TKey extends string, const TOptions extends v.VariantOptions<TKey>>(
	key: TKey,
	options: TOptions
): v.VariantSchema<TKey, TOptions, undefined> {
	const byValue = new Map<unknown, v.GenericSchema>();
	for (const option of options) {
		const { entries } = option as { entries?: Record<string, { literal?: unknown }> };
		const literal = entries?.[key]?.literal;
		if (literal === undefined || byValue.has(literal)) throw new Error(`variant: ${key}`);
		byValue.set(literal, option as v.GenericSchema);
	}
	return dispatch(v.variant(key, options), (input) =>
		Object.hasOwn(input, key) ? byValue.get(input[key]) : undefined
	);
}
