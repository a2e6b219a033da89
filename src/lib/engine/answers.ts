/**
 * What a learner submits, one shape per question kind and per scorable step kind. Defined as
 * valibot schemas because answers cross trust boundaries (the UI, stored runs, imported backups):
 * the engine checks them instead of trusting their types.
 */
import * as v from 'valibot';

/** Longest list and id an answer may carry; a pack list never exceeds 200 entries. */
const MAX_LIST = 500;
const MAX_ID = 200;
const MAX_TEXT = 2_000;

const Id = v.pipe(v.string(), v.maxLength(MAX_ID));
const IdList = v.pipe(v.array(Id), v.maxLength(MAX_LIST));

export const ContinueAnswerSchema = v.object({ kind: v.literal('continue') });
export const SingleAnswerSchema = v.object({ kind: v.literal('single'), optionId: Id });
export const MultipleAnswerSchema = v.object({ kind: v.literal('multiple'), optionIds: IdList });
export const TrueFalseAnswerSchema = v.object({ kind: v.literal('truefalse'), value: v.boolean() });
export const MatchingAnswerSchema = v.object({
	kind: v.literal('matching'),
	/** Left item (pair id) → the pair id whose right-hand text the learner matched to it. */
	pairs: v.pipe(
		v.record(Id, Id),
		v.check((pairs) => Object.keys(pairs).length <= MAX_LIST)
	)
});
/** Also the answer to an ordering scenario step. */
export const OrderingAnswerSchema = v.object({ kind: v.literal('ordering'), order: IdList });
export const ShortAnswerSchema = v.object({
	kind: v.literal('short'),
	text: v.pipe(v.string(), v.maxLength(MAX_TEXT))
});
export const NumericAnswerSchema = v.object({
	kind: v.literal('numeric'),
	value: v.pipe(v.number(), v.finite())
});
export const DecisionAnswerSchema = v.object({ kind: v.literal('decision'), choiceId: Id });
export const PartnersAnswerSchema = v.object({ kind: v.literal('partners'), actors: IdList });

export const QuestionAnswerSchema = v.variant('kind', [
	SingleAnswerSchema,
	MultipleAnswerSchema,
	TrueFalseAnswerSchema,
	MatchingAnswerSchema,
	OrderingAnswerSchema,
	ShortAnswerSchema,
	NumericAnswerSchema
]);

export const AnswerSchema = v.variant('kind', [
	ContinueAnswerSchema,
	DecisionAnswerSchema,
	PartnersAnswerSchema,
	SingleAnswerSchema,
	MultipleAnswerSchema,
	TrueFalseAnswerSchema,
	MatchingAnswerSchema,
	OrderingAnswerSchema,
	ShortAnswerSchema,
	NumericAnswerSchema
]);

export type ContinueAnswer = v.InferOutput<typeof ContinueAnswerSchema>;
export type SingleAnswer = v.InferOutput<typeof SingleAnswerSchema>;
export type MultipleAnswer = v.InferOutput<typeof MultipleAnswerSchema>;
export type TrueFalseAnswer = v.InferOutput<typeof TrueFalseAnswerSchema>;
export type MatchingAnswer = v.InferOutput<typeof MatchingAnswerSchema>;
export type OrderingAnswer = v.InferOutput<typeof OrderingAnswerSchema>;
export type ShortAnswer = v.InferOutput<typeof ShortAnswerSchema>;
export type NumericAnswer = v.InferOutput<typeof NumericAnswerSchema>;
export type DecisionAnswer = v.InferOutput<typeof DecisionAnswerSchema>;
export type PartnersAnswer = v.InferOutput<typeof PartnersAnswerSchema>;
/** An answer to a quiz question (or to the question embedded in a scenario step). */
export type QuestionAnswer = v.InferOutput<typeof QuestionAnswerSchema>;
/** Anything the scenario engine accepts: a question answer, a step answer or "continue". */
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type AnswerKind = Answer['kind'];

/** A clean copy of `input` (unknown keys dropped) if it is a well-formed answer, else null. */
export function parseAnswer(input: unknown): Answer | null {
	const result = v.safeParse(AnswerSchema, input);
	return result.success ? result.output : null;
}

export function parseQuestionAnswer(input: unknown): QuestionAnswer | null {
	const result = v.safeParse(QuestionAnswerSchema, input);
	return result.success ? result.output : null;
}
