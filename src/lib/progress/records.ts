/**
 * The shape of every stored record, as valibot schemas: the single source of the record types and
 * the validator of backup files (a backup is untrusted input).
 */
import * as v from 'valibot';
import type { Pack } from '$lib/packs/schema';
import { ReviewCardSchema } from '$lib/review/card';

const MAX_ID = 500;
export const RecordIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
/** Epoch milliseconds. */
export const TimeSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = () => v.pipe(v.number(), v.finite());

/** Anything JSON can carry (answers, run states, setting values), checked to be JSON-safe. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export const JsonSchema: v.GenericSchema<Json> = v.union([
	v.string(),
	finite(),
	v.boolean(),
	v.null(),
	v.array(v.lazy(() => JsonSchema)),
	v.record(
		v.string(),
		v.lazy(() => JsonSchema)
	)
]);

export const ProfileSchema = v.object({
	id: RecordIdSchema,
	/** Chosen by the learner; empty means "use the UI's default label". */
	name: v.pipe(v.string(), v.maxLength(100)),
	createdAt: TimeSchema
});

export const RUN_STATUSES = ['in-progress', 'finished', 'abandoned'] as const;

const runBase = {
	id: RecordIdSchema,
	profileId: RecordIdSchema,
	packId: RecordIdSchema,
	packVersion: v.pipe(v.string(), v.maxLength(100)),
	startedAt: TimeSchema,
	updatedAt: TimeSchema,
	finishedAt: v.optional(TimeSchema),
	status: v.picklist(RUN_STATUSES),
	/** The engine's serialisable state, stored as-is. */
	state: JsonSchema
};

export const RunSchema = v.variant('kind', [
	v.object({ ...runBase, kind: v.literal('scenario'), scenarioId: RecordIdSchema }),
	/** A quiz session: groups answers so the dashboard can show attempts with scores. */
	v.object({ ...runBase, kind: v.literal('quiz') })
]);

const eventBase = {
	/** Unique across devices (crypto.randomUUID), so merging backups cannot duplicate it. */
	id: RecordIdSchema,
	profileId: RecordIdSchema,
	packId: RecordIdSchema,
	runId: v.optional(RecordIdSchema),
	/** What the learner chose, as the engine serialises it. */
	answer: JsonSchema,
	points: finite(),
	max: v.pipe(v.number(), v.finite(), v.minValue(0)),
	correct: v.boolean(),
	at: TimeSchema
};

export const EventSchema = v.variant('kind', [
	v.object({
		...eventBase,
		kind: v.literal('step'),
		scenarioId: RecordIdSchema,
		stepId: RecordIdSchema
	}),
	v.object({
		...eventBase,
		kind: v.literal('answer'),
		questionId: RecordIdSchema,
		durationMs: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)))
	})
]);

export const CardRecordSchema = v.object({
	profileId: RecordIdSchema,
	packId: RecordIdSchema,
	questionId: RecordIdSchema,
	/** 1 when the question left its pack (or the pack is not installed): kept, never scheduled. */
	suspended: v.picklist([0, 1]),
	/** The last answer folded into the card, so a late-arriving answer triggers a replay. */
	lastEventAt: TimeSchema,
	lastEventId: RecordIdSchema,
	...ReviewCardSchema.entries,
	// Totals folded from the question's answers, so the dashboard reads one card per question
	// instead of every answer. Absent on cards written before Liaison 0.2 (refolded when next used).
	tally: v.optional(
		v.object({
			attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
			correct: v.pipe(v.number(), v.integer(), v.minValue(0)),
			points: finite(),
			max: v.pipe(v.number(), v.finite(), v.minValue(0)),
			/** Wrong answers since the last right one: above 0, the question is a current mistake. */
			wrongStreak: v.pipe(v.number(), v.integer(), v.minValue(0))
		})
	)
});

/** Settings scope: a profile id, or GLOBAL_SCOPE for device-wide settings. */
export const GLOBAL_SCOPE = 'global';
export const SettingSchema = v.object({
	scope: RecordIdSchema,
	key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	value: JsonSchema
});

export const PACK_SOURCES = ['builtin', 'import', 'link'] as const;
export type PackSource = (typeof PACK_SOURCES)[number];

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Run = v.InferOutput<typeof RunSchema>;
export type RunKind = Run['kind'];
export type RunStatus = Run['status'];
export type ProgressEvent = v.InferOutput<typeof EventSchema>;
export type StepEvent = Extract<ProgressEvent, { kind: 'step' }>;
export type AnswerEvent = Extract<ProgressEvent, { kind: 'answer' }>;
export type CardRecord = v.InferOutput<typeof CardRecordSchema>;
export type Setting = v.InferOutput<typeof SettingSchema>;

/**
 * An installed pack, without its content (in `PackBody`): what answers, backups and updates read is
 * small. Installed packs are not part of a profile backup: they are validated by the pack loader.
 */
export interface PackRecord {
	id: string;
	version: string;
	source: PackSource;
	installedAt: number;
	/** Every question id of the pack (bank and scenario question steps), to spot removed ones. */
	questionIds: string[];
	/**
	 * An imported pack's questions join the default practice quiz only when the learner chose so
	 * (absent = not chosen: a pack stored before the choice existed came from a link, unasked).
	 * Not indexed, so no schema version; built-in packs are always in the pool.
	 */
	inPractice?: boolean;
}

/**
 * A pack's content, keyed by id and version (schema v6). Written apart from its record so a large
 * pack can be written off the main thread before the record and cards that point to it.
 */
export interface PackBody {
	id: string;
	version: string;
	pack: Pack;
}

/** A pack record with its content, as readers get it. Records had it inline up to schema v5. */
export type StoredPack = PackRecord & { pack: Pack };
