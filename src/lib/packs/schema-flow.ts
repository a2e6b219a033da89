/** Pack format, part 2: how scenarios move on — conditions, transitions and effects. */
import * as v from 'valibot';
import { IdSchema, PARTNER_RATINGS, dispatch, finite, list } from './schema-base.ts';

const CompareSchema = {
	gte: v.optional(finite()),
	gt: v.optional(finite()),
	lte: v.optional(finite()),
	lt: v.optional(finite()),
	eq: v.optional(finite())
};
type Comparison = { gte?: number; gt?: number; lte?: number; lt?: number; eq?: number };
const hasComparison = <T extends Comparison>(c: T) =>
	c.gte !== undefined ||
	c.gt !== undefined ||
	c.lte !== undefined ||
	c.lt !== undefined ||
	c.eq !== undefined;

const VarConditionSchema = v.pipe(
	v.strictObject({ var: IdSchema, ...CompareSchema }),
	v.check(hasComparison, 'schema.comparison')
);
const ChoseConditionSchema = v.strictObject({
	chose: v.strictObject({ step: IdSchema, choice: IdSchema })
});
const SelectedConditionSchema = v.strictObject({
	selected: v.strictObject({ step: IdSchema, actor: IdSchema })
});
const MissedEssentialConditionSchema = v.strictObject({ missedEssential: IdSchema });
const PickedConditionSchema = v.strictObject({
	picked: v.strictObject({ step: IdSchema, rating: v.picklist(PARTNER_RATINGS) })
});
const ScoreConditionSchema = v.strictObject({
	score: v.pipe(v.strictObject(CompareSchema), v.check(hasComparison, 'schema.comparison'))
});

const LEAF_CONDITIONS = {
	var: VarConditionSchema,
	chose: ChoseConditionSchema,
	selected: SelectedConditionSchema,
	missedEssential: MissedEssentialConditionSchema,
	picked: PickedConditionSchema,
	score: ScoreConditionSchema
};
type LeafKey = keyof typeof LEAF_CONDITIONS;

/** The condition kind an object names by its key (each kind is a strict object with its own key). */
function conditionKey<K extends string>(input: Record<string, unknown>, keys: Record<K, unknown>) {
	for (const key in input) if (Object.hasOwn(keys, key)) return key as K;
	return undefined;
}

const LeafConditionSchema = dispatch(
	v.union([
		VarConditionSchema,
		ChoseConditionSchema,
		SelectedConditionSchema,
		MissedEssentialConditionSchema,
		PickedConditionSchema,
		ScoreConditionSchema
	]),
	(input) => {
		const key = conditionKey<LeafKey>(input, LEAF_CONDITIONS);
		return key && LEAF_CONDITIONS[key];
	}
);
type LeafCondition = v.InferOutput<typeof LeafConditionSchema>;

// TypeScript cannot infer a recursive schema: only the three combinators are spelled out here.
export type Condition =
	LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const AllConditionSchema = v.strictObject({
	all: list(
		v.lazy(() => ConditionSchema),
		1
	)
});
const AnyConditionSchema = v.strictObject({
	any: list(
		v.lazy(() => ConditionSchema),
		1
	)
});
const NotConditionSchema = v.strictObject({ not: v.lazy(() => ConditionSchema) });
const COMBINATORS = { all: AllConditionSchema, any: AnyConditionSchema, not: NotConditionSchema };

export const ConditionSchema: v.GenericSchema<Condition> = dispatch(
	v.union([LeafConditionSchema, AllConditionSchema, AnyConditionSchema, NotConditionSchema]),
	(input) => {
		const key = conditionKey<keyof typeof COMBINATORS>(input, COMBINATORS);
		return key ? COMBINATORS[key] : LeafConditionSchema;
	}
);

export const TransitionSchema = v.strictObject({
	when: v.optional(ConditionSchema),
	to: IdSchema
});

/** A step id, or transitions tried in order (the first whose `when` holds; the last has none). */
const TransitionsSchema = list(TransitionSchema, 1);
export const NextSchema = dispatch(v.union([IdSchema, TransitionsSchema]), (input) =>
	Array.isArray(input) ? TransitionsSchema : undefined
);

export const EffectsSchema = v.strictObject({
	add: v.optional(v.record(IdSchema, finite())),
	set: v.optional(v.record(IdSchema, finite()))
});
