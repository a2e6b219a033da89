/**
 * The schemas that skip valibot's general loop (dispatched variants and unions, the plain
 * localized text) give exactly what plain valibot gives: the same output for valid input, the
 * same issues for invalid input.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { makeQuestions, makeScenario } from '../../../tests/factories/packs.ts';
import { LocalizedTextSchema, TextSchema } from './schema-base.ts';
import { ConditionSchema, NextSchema } from './schema-flow.ts';
import { QuestionSchema } from './schema-questions.ts';
import { StepSchema } from './schema.ts';

type Schema = v.GenericSchema;

/** What plain valibot says: success and output, or the issue messages and paths. */
function outcome(schema: Schema, input: unknown) {
	const r = v.safeParse(schema, input);
	return r.success
		? { ok: true, output: r.output }
		: {
				ok: false,
				issues: r.issues.map((i) => [i.message, v.getDotPath(i)])
			};
}

/** The same schema object with valibot's own ~run (the one `dispatch` wraps). */
function plain(schema: Schema): Schema {
	if (schema.type === 'variant') {
		const s = schema as unknown as v.VariantSchema<string, v.VariantOptions<string>, undefined>;
		return v.variant(s.key, s.options);
	}
	if (schema.type === 'union') {
		return v.union((schema as unknown as v.UnionSchema<Schema[], undefined>).options);
	}
	return v.strictObject({ fr: v.optional(TextSchema), nl: v.optional(TextSchema) });
}

const text = fc.oneof(
	fc.constantFrom({ fr: ' a ', nl: 'b\n' }, { nl: 'b' }, {}, { fr: 'x'.repeat(20_001) }),
	fc.dictionary(fc.constantFrom('fr', 'nl', 'en', '__proto__'), fc.oneof(fc.string(), fc.integer()))
);
const mutate = <T>(values: readonly T[]) =>
	fc.tuple(fc.constantFrom(...values), fc.anything(), fc.string()).map(([value, junk, key]) => {
		const copy = structuredClone(value) as Record<string, unknown>;
		if (key.length % 3 === 0) copy[key] = junk;
		else if (key.length % 3 === 1) delete copy[Object.keys(copy)[key.length % 5] ?? 'kind'];
		return copy;
	});

describe('fast schemas', () => {
	const steps = Object.values(makeScenario().steps);
	const conditions = [
		{ var: 'trust', gte: 1 },
		{ score: { gte: 50 } },
		{ all: [{ missedEssential: 's1' }, { not: { chose: { step: 'a', choice: 'b' } } }] },
		{ any: [{ picked: { step: 'p', rating: 'useful' } }, { selected: { step: 'p', actor: 'x' } }] }
	];
	const cases: Array<[string, Schema, fc.Arbitrary<unknown>]> = [
		['LocalizedText', LocalizedTextSchema, fc.oneof(text, fc.anything())],
		['Question', QuestionSchema, fc.oneof(mutate(makeQuestions()), fc.anything())],
		['Step', StepSchema, fc.oneof(mutate(steps), fc.anything())],
		['Condition', ConditionSchema, fc.oneof(mutate(conditions), fc.anything())],
		['Next', NextSchema, fc.oneof(fc.constantFrom('s1', [{ to: 's1' }], [], 3), fc.anything())]
	];
	for (const [name, schema, input] of cases) {
		it(`${name} agrees with plain valibot`, () => {
			const reference = plain(schema);
			fc.assert(
				fc.property(input, (value) => {
					expect(outcome(schema, value)).toEqual(outcome(reference, value));
				}),
				{ numRuns: 300 }
			);
		});
	}
});
