import { describe, expect, it } from 'vitest';
import { makeDashboardPack } from '../../../tests/factories/progress';
import { buildPackIndex } from './pack-index';

describe('buildPackIndex', () => {
	const pack = makeDashboardPack();
	const index = buildPackIndex([pack]);

	it('knows the topics and organisations of bank and scenario questions', () => {
		expect(index.questions(pack.id, 'q-single')).toEqual({ topics: ['liaison'], actors: [] });
		expect(index.questions(pack.id, 'q-step')?.topics).toEqual(['liaison']);
		expect(index.questions(pack.id, 'nope')).toBeUndefined();
		expect(index.questions('other-pack', 'q-single')).toBeUndefined();
	});

	it('gives scored steps their scenario topics and partners steps their right partners', () => {
		expect(index.steps(pack.id, 'liaison-basics', 'decide')).toEqual({
			topics: ['liaison'],
			actors: []
		});
		expect(index.steps(pack.id, 'liaison-basics', 'partners')?.actors).toEqual([
			'federal-police',
			'immigration-office'
		]);
		// Briefings and endings are not scored.
		expect(index.steps(pack.id, 'liaison-basics', 'brief')).toBeUndefined();
	});

	it('labels topics, organisations (from the catalogue), packs and scenarios', () => {
		expect(index.topic('liaison')).toEqual(pack.topics[0]!.label);
		expect(index.actor('vsse')?.acronym).toEqual({ fr: 'VSSE', nl: 'VSSE' });
		expect(index.actor('sgrs')?.acronym.nl).toBe('ADIV');
		expect(index.pack(pack.id)).toEqual(pack.title);
		expect(index.scenario(pack.id, 'liaison-basics')).toEqual(pack.scenarios[0]!.title);
		expect(index.pack('*')).toBeUndefined();
	});
});
