/**
 * The Liaison pack format (v1): the single source of truth for the shape of a pack.
 * Types are inferred from these schemas; the meaning checks (references, reachability,
 * scoring, translations…) live in validate.ts. See scenarios/README.md for the authoring guide.
 */
import * as v from 'valibot';
import { LIMITS } from './limits.ts';
import {
	CitationSchema,
	DATA_URI_PATTERN,
	DIFFICULTIES,
	GRADES,
	IdSchema,
	LANGUAGES,
	LocalizedTextSchema,
	OUTCOMES,
	PACK_ID_PATTERN,
	PARTNER_RATINGS,
	SEMVER_PATTERN,
	ShortSchema,
	ActorSchema,
	TopicSchema,
	SourceSchema,
	PackOptionsSchema,
	finite,
	idList,
	list,
	variant
} from './schema-base.ts';
import { EffectsSchema, NextSchema, TransitionSchema } from './schema-flow.ts';
import { OrderItemSchema, QuestionSchema } from './schema-questions.ts';
import type {
	MatchingQuestionSchema,
	MultipleQuestionSchema,
	NumericQuestionSchema,
	OrderingQuestionSchema,
	ShortQuestionSchema,
	SingleQuestionSchema,
	TrueFalseQuestionSchema
} from './schema-questions.ts';

export {
	ACTOR_KINDS,
	ActorSchema,
	CitationSchema,
	DIFFICULTIES,
	GRADES,
	LANGUAGES,
	LocalizedTextSchema,
	OUTCOMES,
	PARTNER_RATINGS,
	PackOptionsSchema,
	QUESTION_DIFFICULTIES,
	QUESTION_KINDS,
	STEP_KINDS,
	SourceSchema,
	TopicSchema,
	type Language
} from './schema-base.ts';
export {
	ConditionSchema,
	EffectsSchema,
	NextSchema,
	TransitionSchema,
	type Condition
} from './schema-flow.ts';
export {
	MatchingQuestionSchema,
	MultipleQuestionSchema,
	NumericQuestionSchema,
	OrderItemSchema,
	OrderingQuestionSchema,
	QuestionSchema,
	ShortQuestionSchema,
	SingleQuestionSchema,
	TrueFalseQuestionSchema
} from './schema-questions.ts';

export const ImageSchema = v.strictObject({ asset: IdSchema, alt: LocalizedTextSchema });

const stepBase = {
	title: v.optional(LocalizedTextSchema),
	text: LocalizedTextSchema,
	image: v.optional(ImageSchema)
};
const scoredBase = { ...stepBase, explanation: LocalizedTextSchema, citation: CitationSchema };

export const ChoiceSchema = v.strictObject({
	id: IdSchema,
	label: LocalizedTextSchema,
	points: v.pipe(v.number(), v.integer(), v.minValue(-100), v.maxValue(100)),
	consequence: LocalizedTextSchema,
	effects: v.optional(EffectsSchema),
	/** Overrides the step's `next` when this choice is made. */
	next: v.optional(NextSchema)
});

export const PartnerOptionSchema = v.strictObject({
	actor: IdSchema,
	rating: v.picklist(PARTNER_RATINGS),
	explanation: LocalizedTextSchema
});

export const BriefingStepSchema = v.strictObject({
	...stepBase,
	kind: v.literal('briefing'),
	next: NextSchema
});
export const DecisionStepSchema = v.strictObject({
	...scoredBase,
	kind: v.literal('decision'),
	choices: list(ChoiceSchema, 2),
	/** Optional when every choice has its own `next`. */
	next: v.optional(NextSchema)
});
export const PartnersStepSchema = v.strictObject({
	...scoredBase,
	kind: v.literal('partners'),
	options: list(PartnerOptionSchema, 2),
	next: NextSchema
});
export const OrderingStepSchema = v.strictObject({
	...scoredBase,
	kind: v.literal('ordering'),
	items: list(OrderItemSchema, 2),
	next: NextSchema
});
export const QuestionStepSchema = v.strictObject({
	...stepBase,
	// The question carries its own prompt, explanation and citation.
	text: v.optional(LocalizedTextSchema),
	kind: v.literal('question'),
	question: QuestionSchema,
	next: NextSchema
});
export const EndingStepSchema = v.strictObject({
	...stepBase,
	kind: v.literal('ending'),
	outcome: v.picklist(OUTCOMES),
	grade: v.picklist(GRADES)
});

export const StepSchema = variant('kind', [
	BriefingStepSchema,
	DecisionStepSchema,
	PartnersStepSchema,
	OrderingStepSchema,
	QuestionStepSchema,
	EndingStepSchema
]);

export const VariableSchema = v.strictObject({
	initial: finite(),
	min: finite(),
	max: finite(),
	label: LocalizedTextSchema,
	/** Shown to the trainee as a gauge during play and in the debrief. */
	shown: v.optional(v.boolean(), false)
});

export const ScenarioSchema = v.strictObject({
	id: IdSchema,
	title: LocalizedTextSchema,
	summary: LocalizedTextSchema,
	topics: idList(),
	difficulty: v.picklist(DIFFICULTIES),
	variables: v.optional(v.record(IdSchema, VariableSchema), () => ({})),
	start: IdSchema,
	steps: v.record(IdSchema, StepSchema)
});

// ---------------------------------------------------------------- pack

const packHead = {
	format: v.literal(1),
	id: v.pipe(v.string(), v.maxLength(64), v.regex(PACK_ID_PATTERN, 'schema.pack-id')),
	version: v.pipe(ShortSchema, v.regex(SEMVER_PATTERN, 'schema.semver')),
	title: LocalizedTextSchema,
	description: LocalizedTextSchema,
	languages: v.pipe(v.array(v.picklist(LANGUAGES)), v.minLength(1), v.maxLength(LANGUAGES.length)),
	authors: v.optional(list(ShortSchema), () => []),
	licence: v.optional(ShortSchema),
	topics: list(TopicSchema),
	estimatedMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600)),
	difficulty: v.picklist(DIFFICULTIES),
	sources: v.optional(list(SourceSchema), () => []),
	options: v.optional(PackOptionsSchema, () => ({})),
	actors: v.optional(list(ActorSchema), () => []),
	/** Images as base64 data: URIs, referred to by key from steps and Markdown (`asset:key`). */
	assets: v.optional(
		v.record(
			IdSchema,
			v.pipe(
				v.string(),
				v.maxLength(LIMITS.maxAssetLength),
				v.regex(DATA_URI_PATTERN, 'schema.data-uri')
			)
		),
		() => ({})
	)
};

export const PackSchema = v.strictObject({
	...packHead,
	scenarios: v.optional(
		v.pipe(v.array(ScenarioSchema), v.maxLength(LIMITS.maxScenarios)),
		() => []
	),
	questions: v.optional(v.pipe(v.array(QuestionSchema), v.maxLength(LIMITS.maxQuestions)), () => [])
});

/**
 * The pack without its scenarios and questions checked: lets the validator check each scenario
 * and question on its own, so one broken item does not hide the meaning errors of the others.
 */
export const PackShellSchema = v.strictObject({
	...packHead,
	scenarios: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.maxScenarios)), () => []),
	questions: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.maxQuestions)), () => [])
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type ActorKind = Actor['kind'];
export type Topic = v.InferOutput<typeof TopicSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type PackOptions = v.InferOutput<typeof PackOptionsSchema>;
export type Transition = v.InferOutput<typeof TransitionSchema>;
export type Next = v.InferOutput<typeof NextSchema>;
export type Effects = v.InferOutput<typeof EffectsSchema>;
export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type PartnerOption = v.InferOutput<typeof PartnerOptionSchema>;
export type PartnerRating = PartnerOption['rating'];
export type OrderItem = v.InferOutput<typeof OrderItemSchema>;
export type Image = v.InferOutput<typeof ImageSchema>;
export type BriefingStep = v.InferOutput<typeof BriefingStepSchema>;
export type DecisionStep = v.InferOutput<typeof DecisionStepSchema>;
export type PartnersStep = v.InferOutput<typeof PartnersStepSchema>;
export type OrderingStep = v.InferOutput<typeof OrderingStepSchema>;
export type QuestionStep = v.InferOutput<typeof QuestionStepSchema>;
export type EndingStep = v.InferOutput<typeof EndingStepSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type StepKind = Step['kind'];
export type Variable = v.InferOutput<typeof VariableSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type SingleQuestion = v.InferOutput<typeof SingleQuestionSchema>;
export type MultipleQuestion = v.InferOutput<typeof MultipleQuestionSchema>;
export type TrueFalseQuestion = v.InferOutput<typeof TrueFalseQuestionSchema>;
export type MatchingQuestion = v.InferOutput<typeof MatchingQuestionSchema>;
export type OrderingQuestion = v.InferOutput<typeof OrderingQuestionSchema>;
export type ShortQuestion = v.InferOutput<typeof ShortQuestionSchema>;
export type NumericQuestion = v.InferOutput<typeof NumericQuestionSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
export type Pack = v.InferOutput<typeof PackSchema>;
/** The pack as written by an author, before defaults are applied. */
export type PackInput = v.InferInput<typeof PackSchema>;
