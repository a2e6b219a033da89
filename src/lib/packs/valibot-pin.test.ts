import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { PATCHED_VALIBOT_VERSION } from './schema-base.ts';

const installed = (
	JSON.parse(readFileSync('node_modules/valibot/package.json', 'utf8')) as { version: string }
).version;

const advice =
	`schema-base.ts patches valibot internals ('~run') for speed and was written against valibot ` +
	`${PATCHED_VALIBOT_VERSION}. Check dispatch() and the LocalizedTextSchema fast path against the ` +
	`new release's ~run and issue objects, run schema-fast.test.ts, then update PATCHED_VALIBOT_VERSION.`;

describe('valibot is pinned to the version schema-base.ts patches', () => {
	it('the installed valibot is the patched version', () => {
		expect(installed, `valibot ${installed} is installed. ${advice}`).toBe(PATCHED_VALIBOT_VERSION);
	});

	it('package.json pins that exact version (no range)', () => {
		expect(
			pkg.dependencies.valibot,
			`package.json asks for valibot "${pkg.dependencies.valibot}". ${advice}`
		).toBe(PATCHED_VALIBOT_VERSION);
	});
});
