import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { makePack } from '../../../tests/factories/packs';
import { PackSchema, type Pack } from '../packs/schema';
import { canonical, compareVersions, planImport } from './import-plan';

const pack = (overrides = {}): Pack => v.parse(PackSchema, makePack(overrides));

describe('compareVersions', () => {
	it('orders semantic versions, a pre-release before its release', () => {
		expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
		expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
		expect(compareVersions('1.0.0-beta.2', '1.0.0')).toBe(-1);
		expect(compareVersions('2.0.0', '10.0.0')).toBe(-1);
	});
});

describe('planImport', () => {
	it('is new without a stored pack, and the same for the same content in any key order', () => {
		const a = pack();
		expect(planImport(a, null)).toEqual({ kind: 'new' });
		const reordered = JSON.parse(canonical(a)) as Pack;
		expect(planImport(reordered, a)).toEqual({ kind: 'same' });
	});

	it('refuses other content under the same version, and any older version', () => {
		const stored = pack({ version: '1.2.0' });
		const other = pack({ version: '1.2.0', title: { fr: 'Autre', nl: 'Ander' } });
		expect(planImport(other, stored)).toMatchObject({ kind: 'refused', reason: 'same-version' });
		expect(planImport(pack({ version: '1.1.9' }), stored)).toMatchObject({
			kind: 'refused',
			reason: 'downgrade',
			previousVersion: '1.2.0'
		});
	});

	it('names the questions a newer version adds, changes and removes', () => {
		const stored = pack({ version: '1.0.0' });
		const next = pack({ version: '1.1.0' });
		next.questions[0]!.prompt = { fr: 'Nouvelle question', nl: 'Nieuwe vraag' };
		const removed = next.questions.pop()!;
		next.questions.push({ ...structuredClone(removed), id: 'q-new' });
		expect(planImport(next, stored)).toEqual({
			kind: 'update',
			previousVersion: '1.0.0',
			added: ['q-new'],
			changed: [stored.questions[0]!.id],
			removed: [removed.id]
		});
	});
});
