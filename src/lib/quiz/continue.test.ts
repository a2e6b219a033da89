import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { continueTarget, packIndex, questionIdsByPack } from './continue';
import { newQuizRun } from './run';

const pack = v.parse(PackSchema, makePack());
const packs = packIndex([pack]);
const quizState = newQuizRun({
	mode: 'exam',
	items: [{ packId: pack.id, questionId: 'q-single' }],
	now: 0
});

describe('continueTarget', () => {
	it('offers the most recently played unfinished run', () => {
		const runs = [
			{ kind: 'scenario', packId: pack.id, scenarioId: 'liaison-basics', updatedAt: 5 },
			{ kind: 'quiz', state: quizState, updatedAt: 9 }
		] as const;
		expect(continueTarget(runs, packs)).toEqual({ kind: 'quiz', mode: 'exam', index: 0, total: 1 });
		expect(continueTarget([runs[0]], packs)).toMatchObject({
			kind: 'scenario',
			scenarioId: 'liaison-basics',
			title: { fr: 'Les officiers de liaison' }
		});
	});

	it('skips runs that can no longer be played', () => {
		const runs = [
			{ kind: 'scenario', packId: 'gone', scenarioId: 'x', updatedAt: 9 },
			{ kind: 'quiz', state: { broken: true }, updatedAt: 8 }
		] as const;
		expect(continueTarget(runs, packs)).toBeNull();
	});

	it('counts the question bank of each pack', () => {
		expect(questionIdsByPack([pack]).get(pack.id)?.size).toBe(7);
	});
});
