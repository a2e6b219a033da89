import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { endingsOf, recordsByScenario, scenarioRecord } from './endings';
import { recordKey } from './record-key';

const scenario = v.parse(PackSchema, makePack()).scenarios[0]!;
const reached = (stepId: string, grade: string) => ({ ending: { stepId, grade } });

describe('scenarioRecord', () => {
	it('lists the endings in the pack order', () => {
		expect(endingsOf(scenario).map((e) => e.id)).toEqual(['end-good', 'end-mid', 'end-bad']);
	});

	it('is empty before any finished run', () => {
		expect(scenarioRecord(scenario, [])).toMatchObject({ plays: 0, bestGrade: null });
		expect(scenarioRecord(scenario, []).discovered.size).toBe(0);
	});

	it('keeps the best grade and each ending reached once', () => {
		const record = scenarioRecord(scenario, [
			reached('end-bad', 'E'),
			reached('end-mid', 'C'),
			reached('end-bad', 'E')
		]);
		expect(record.plays).toBe(3);
		expect(record.bestGrade).toBe('C');
		expect([...record.discovered].sort()).toEqual(['end-bad', 'end-mid']);
	});

	it('counts a time-up grade but not its step as an ending, and ignores broken states', () => {
		const record = scenarioRecord(scenario, [
			reached('decide', 'D'),
			null,
			{ ending: { stepId: 'end-good', grade: 'Z' } },
			'junk'
		]);
		expect(record).toMatchObject({ plays: 1, bestGrade: 'D' });
		expect(record.discovered.size).toBe(0);
	});
});

describe('recordsByScenario', () => {
	it('groups finished scenario runs by pack and scenario, quiz runs aside', () => {
		const pack = v.parse(PackSchema, makePack());
		const records = recordsByScenario(
			[pack],
			[
				{
					kind: 'scenario',
					packId: 'test-pack',
					scenarioId: 'liaison-basics',
					state: reached('end-good', 'A')
				},
				{
					kind: 'scenario',
					packId: 'other',
					scenarioId: 'liaison-basics',
					state: reached('end-bad', 'E')
				},
				{ kind: 'quiz', packId: 'test-pack', state: {} }
			]
		);
		const record = records.get(recordKey('test-pack', 'liaison-basics'));
		expect(record).toMatchObject({ plays: 1, bestGrade: 'A' });
		expect([...record!.discovered]).toEqual(['end-good']);
	});
});
