/** Pack format, part 3: quiz questions (bank and embedded in scenario steps). */
import * as v from 'valibot';
import {
	CitationSchema,
	IdSchema,
	LocalizedTextSchema,
	QUESTION_DIFFICULTIES,
	ShortSchema,
	finite,
	idList,
	list,
	variant
} from './schema-base.ts';

export const OrderItemSchema = v.strictObject({ id: IdSchema, text: LocalizedTextSchema });

const AnswerOptionSchema = v.strictObject({
	id: IdSchema,
	text: LocalizedTextSchema,
	correct: v.boolean(),
	feedback: v.optional(LocalizedTextSchema),
	/** GIFT-style weight in percent, multiple-answer questions only. */
	weight: v.optional(v.pipe(v.number(), v.minValue(-100), v.maxValue(100)))
});

const questionBase = {
	id: IdSchema,
	prompt: LocalizedTextSchema,
	topics: idList(),
	actors: idList(),
	difficulty: v.optional(v.picklist(QUESTION_DIFFICULTIES), 'medium'),
	explanation: LocalizedTextSchema,
	citation: CitationSchema
};

export const SingleQuestionSchema = v.strictObject({
	...questionBase,
	kind: v.literal('single'),
	options: list(AnswerOptionSchema, 2)
});
export const MultipleQuestionSchema = v.strictObject({
	...questionBase,
	kind: v.literal('multiple'),
	options: list(AnswerOptionSchema, 2)
});
export const TrueFalseQuestionSchema = v.strictObject({
	...questionBase,
	kind: v.literal('truefalse'),
	answer: v.boolean(),
	feedbackTrue: v.optional(LocalizedTextSchema),
	feedbackFalse: v.optional(LocalizedTextSchema)
});
export const MatchingQuestionSchema = v.strictObject({
	...questionBase,
	kind: v.literal('matching'),
	pairs: list(
		v.strictObject({ id: IdSchema, left: LocalizedTextSchema, right: LocalizedTextSchema }),
		2
	)
});
export const OrderingQuestionSchema = v.strictObject({
	...questionBase,
	kind: v.literal('ordering'),
	items: list(OrderItemSchema, 2)
});
export const ShortQuestionSchema = v.strictObject({
	...questionBase,
	kind: v.literal('short'),
	accepted: list(v.pipe(ShortSchema, v.minLength(1)), 1)
});
export const NumericQuestionSchema = v.strictObject({
	...questionBase,
	kind: v.literal('numeric'),
	answer: finite(),
	tolerance: v.optional(v.pipe(finite(), v.minValue(0)), 0),
	unit: v.optional(LocalizedTextSchema)
});

export const QuestionSchema = variant('kind', [
	SingleQuestionSchema,
	MultipleQuestionSchema,
	TrueFalseQuestionSchema,
	MatchingQuestionSchema,
	OrderingQuestionSchema,
	ShortQuestionSchema,
	NumericQuestionSchema
]);
