/** Pack format, part 1: vocabularies, identifiers, texts and the pack header's small objects. */
import * as v from 'valibot';
import { DATA_URI_PATTERN, LIMITS, PACK_ID_PATTERN, SEMVER_PATTERN, isSafeId } from './limits.ts';

export const LANGUAGES = ['fr', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

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
