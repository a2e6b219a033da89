/**
 * The run state: plain JSON data (no classes, Maps, Dates or functions), so it can be stored as-is
 * and a run resumes exactly after a JSON round-trip. Defined as a valibot schema so that a state
 * read back from storage is checked before use.
 */
import * as v from 'valibot';
import { GRADES, OUTCOMES } from '$lib/packs/schema';
import { AnswerSchema } from './answers';

export const RUN_STATE_VERSION = 1;
export const RUN_STATUSES = ['playing', 'finished'] as const;
/** A run cannot grow past this many answered steps (guards against a pack that loops forever). */
export const MAX_HISTORY = 2_000;

const Id = v.pipe(v.string(), v.maxLength(200));
const Finite = v.pipe(v.number(), v.finite());
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

export const HistoryEntrySchema = v.object({
	stepId: Id,
	answer: AnswerSchema,
	points: Finite,
	max: Finite,
	correct: v.boolean(),
	partial: v.boolean(),
	/** False for a briefing ("continue"): it counts for nothing in the score. */
	scored: v.boolean()
});

export const EndingSchema = v.object({
	stepId: Id,
	outcome: v.picklist(OUTCOMES),
	grade: v.picklist(GRADES)
});

/** The pack's time limit as it applies to this run; absent when the pack sets none. */
export const TimingSchema = v.object({
	limitMinutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** Epoch ms: the clock is always passed in, never read by the engine. */
	startedAt: Time,
	/** When the time runs out; null when the learner turned timers off. */
	deadline: v.nullable(Time),
	/** The learner's "timers off" setting when the run started, kept with the result. */
	timerOff: v.boolean()
});

/** Set when the run ended because its time ran out on `stepId` (counted as unanswered). */
export const TimeUpSchema = v.object({
	at: Time,
	stepId: Id,
	/** What the unanswered step was worth (0 for a briefing). */
	max: Finite
});

export const RunStateSchema = v.object({
	version: v.literal(RUN_STATE_VERSION),
	packId: Id,
	packVersion: v.pipe(v.string(), v.maxLength(200)),
	scenarioId: Id,
	status: v.picklist(RUN_STATUSES),
	/** The step shown now (the ending step once finished). */
	stepId: Id,
	vars: v.record(Id, Finite),
	history: v.pipe(v.array(HistoryEntrySchema), v.maxLength(MAX_HISTORY)),
	/** Running totals over the scored history entries. */
	points: Finite,
	max: Finite,
	ending: v.nullable(EndingSchema),
	// Both optional: runs stored before the time limit existed stay valid.
	timing: v.optional(TimingSchema),
	timeUp: v.optional(TimeUpSchema)
});

export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;
export type RunEnding = v.InferOutput<typeof EndingSchema>;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type RunState = v.InferOutput<typeof RunStateSchema>;
export type RunTiming = v.InferOutput<typeof TimingSchema>;
export type RunTimeUp = v.InferOutput<typeof TimeUpSchema>;

/** A checked copy of a stored state, or null if it is not a run state of this engine version. */
export function parseRunState(input: unknown): RunState | null {
	const result = v.safeParse(RunStateSchema, input);
	return result.success ? result.output : null;
}
