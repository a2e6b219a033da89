import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/packs/schema';
import {
	basePool,
	drawQuestions,
	facets,
	filterPool,
	NO_FILTERS,
	questionKey,
	type PoolItem
} from './selection';

function q(id: string, extra: Partial<Question> = {}): Question {
	return {
		id,
		kind: 'truefalse',
		answer: true,
		prompt: { fr: id, nl: id },
		topics: ['plan-r'],
		actors: ['vsse'],
		difficulty: 'easy',
		explanation: { fr: 'x', nl: 'x' },
		citation: { source: 's1', quote: 'q' },
		...extra
	} as Question;
}

const pool: PoolItem[] = [
	{ packId: 'a', question: q('q1') },
	{ packId: 'a', question: q('q2', { topics: ['nato'], actors: ['nato'], difficulty: 'hard' }) },
	{
		packId: 'b',
		question: q('q3', { citation: { source: 's2', quote: 'q' }, difficulty: 'medium' })
	}
];
const ids = (items: PoolItem[]) => items.map((i) => i.question.id);

describe('quiz selection', () => {
	it('leaves imported packs not chosen for practice out, unless picked by name', () => {
		const leftOut = new Set(['b']);
		expect(ids(basePool(pool, [], leftOut))).toEqual(['q1', 'q2']);
		expect(ids(basePool(pool, ['b'], leftOut))).toEqual(['q3']);
		expect(ids(basePool(pool, [], new Set()))).toEqual(['q1', 'q2', 'q3']);
	});

	it('lets everything through without filters', () => {
		expect(ids(filterPool(pool, NO_FILTERS))).toEqual(['q1', 'q2', 'q3']);
	});

	it('filters by pack, topic, source, organisation and difficulty together', () => {
		expect(ids(filterPool(pool, { ...NO_FILTERS, packs: ['b'] }))).toEqual(['q3']);
		expect(ids(filterPool(pool, { ...NO_FILTERS, topics: ['nato'] }))).toEqual(['q2']);
		expect(ids(filterPool(pool, { ...NO_FILTERS, sources: ['s2'] }))).toEqual(['q3']);
		expect(ids(filterPool(pool, { ...NO_FILTERS, actors: ['vsse'] }))).toEqual(['q1', 'q3']);
		expect(ids(filterPool(pool, { ...NO_FILTERS, difficulties: ['hard', 'easy'] }))).toEqual([
			'q1',
			'q2'
		]);
		expect(ids(filterPool(pool, { ...NO_FILTERS, packs: ['a'], actors: ['nato'] }))).toEqual([
			'q2'
		]);
	});

	it('keeps only past mistakes when asked', () => {
		const mistakes = new Set([questionKey('b', 'q3')]);
		expect(ids(filterPool(pool, { ...NO_FILTERS, mistakesOnly: true }, mistakes))).toEqual(['q3']);
	});

	it('counts what each filter value would give', () => {
		const f = facets(pool);
		expect(f.topics.get('plan-r')).toBe(2);
		expect(f.sources.get('s2')).toBe(1);
		expect(f.difficulties.get('hard')).toBe(1);
	});

	it('draws a stable sample of the asked size', () => {
		expect(drawQuestions(pool, 2, 'seed')).toHaveLength(2);
		expect(ids(drawQuestions(pool, 2, 'seed'))).toEqual(ids(drawQuestions(pool, 2, 'seed')));
		expect(drawQuestions(pool, 10, 'seed')).toHaveLength(3);
	});
});
