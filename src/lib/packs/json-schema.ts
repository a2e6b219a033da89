/**
 * The JSON Schema of the pack format, generated from the valibot schema so that editors
 * (VS Code's YAML extension…) can complete and check packs. It describes the shape only;
 * `npm run pack:check` also checks the meaning. Written to static/schema/pack.schema.json.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { ID_PATTERN } from './limits.ts';
import {
	CitationSchema,
	ConditionSchema,
	LocalizedTextSchema,
	NextSchema,
	PackSchema,
	QuestionSchema,
	StepSchema
} from './schema.ts';

export const PACK_SCHEMA_URL = '/schema/pack.schema.json';

/** JSON Schema patterns have no flags: spell the letters of a case-insensitive class out. */
function caseless(source: string): string {
	return source.replaceAll('a-z', 'a-zA-Z');
}

export function packJsonSchema(): JsonSchema {
	const schema = toJsonSchema(PackSchema, {
		target: 'draft-07',
		// Authors write the input form: fields with defaults are optional.
		typeMode: 'input',
		errorMode: 'throw',
		definitions: {
			LocalizedText: LocalizedTextSchema,
			Citation: CitationSchema,
			Condition: ConditionSchema,
			Next: NextSchema,
			Question: QuestionSchema,
			Step: StepSchema
		},
		overrideAction({ valibotAction: action, jsonSchema }) {
			if (action.type === 'check' && (action as { message?: unknown }).message === 'schema.id') {
				return { ...jsonSchema, pattern: caseless(ID_PATTERN.source) };
			}
			// Checks that JSON Schema cannot express are left to the validator.
			if (action.type === 'check' || action.type === 'finite') return jsonSchema;
			if (action.type === 'regex') {
				const regex = (action as unknown as { requirement: RegExp }).requirement;
				return {
					...jsonSchema,
					pattern: regex.flags.includes('i') ? caseless(regex.source) : regex.source
				};
			}
			return undefined;
		}
	});
	return {
		...schema,
		$id: 'https://liaison.invalid/schema/pack.schema.json',
		title: 'Liaison scenario pack (format 1)',
		description:
			'Shape of a Liaison pack. Run `npm run pack:check -- <file>` for the full check (references, reachability, scoring, translations).'
	};
}

/** The file content, stable and Prettier-friendly (tabs, final newline). */
export function packJsonSchemaText(): string {
	return JSON.stringify(packJsonSchema(), null, '\t') + '\n';
}
