import { describe, expect, it } from 'vitest';
import { makePack } from '../../../tests/factories/packs';
import { parsePackText } from '$lib/packs/parse';
import { exportDraft } from './export';

describe('export', () => {
	for (const format of ['yaml', 'json'] as const) {
		it(`writes a ${format} file that reads back to the same, valid pack`, () => {
			const draft = makePack({ id: 'mon-pack' });
			const file = exportDraft(draft, format);
			expect(file.name).toBe(`mon-pack.${format}`);
			const read = parsePackText(file.text, file.name);
			expect(read.ok ? [] : read.issues).toEqual([]);
			if (read.ok) expect(read.pack.scenarios).toHaveLength(draft.scenarios!.length);
		});
	}

	it('writes no YAML aliases even when a value is shared', () => {
		const shared = { fr: 'Même', nl: 'Zelfde' };
		const draft = makePack({ title: shared, description: shared });
		expect(exportDraft(draft, 'yaml').text).not.toMatch(/[&*]ref_/);
	});

	it('falls back on a safe file name for an invalid id', () => {
		expect(exportDraft(makePack({ id: '../x y' }), 'json').name).toBe('pack.json');
	});
});
