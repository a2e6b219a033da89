import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, packJsonSchemaText } from './json-schema.ts';

describe('pack JSON Schema', () => {
	it('is the committed static/schema/pack.schema.json (run pack:check -- --write-schema)', () => {
		const committed = readFileSync(
			join(import.meta.dirname, '../../../static/schema/pack.schema.json'),
			'utf8'
		);
		expect(committed).toBe(packJsonSchemaText());
	});

	it('describes the pack, its required fields and the recursive conditions', () => {
		const schema = packJsonSchema() as Record<string, unknown> & {
			required: string[];
			$defs: Record<string, unknown>;
			additionalProperties: boolean;
		};
		expect(schema.required).toEqual(
			expect.arrayContaining(['format', 'id', 'version', 'title', 'languages'])
		);
		expect(schema.required).not.toContain('options');
		expect(schema.additionalProperties).toBe(false);
		expect(Object.keys(schema.$defs)).toEqual(
			expect.arrayContaining(['Condition', 'Step', 'Question'])
		);
		expect(JSON.stringify(schema.$defs.Condition)).toContain('#/$defs/Condition');
	});
});
