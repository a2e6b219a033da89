import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { replay, type Answer } from '$lib/engine';
import { PackSchema, type Pack } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { interactionWrites, outcomeWrites } from './cmi';
import { formatResponse, interactionOf, type Interaction, type Response } from './interactions';

const pack: Pack = v.parse(PackSchema, makePack());
const SCENARIO = 'liaison-basics';
const scenario = pack.scenarios[0]!;
const answers: Answer[] = [
	{ kind: 'continue' },
	{ kind: 'decision', choiceId: 'share' },
	{ kind: 'partners', actors: ['federal-police', 'ccb'] },
	{ kind: 'ordering', order: ['second', 'first'] },
	{ kind: 'truefalse', value: true }
];

function interactions(lang: 'fr' | 'nl' = 'fr'): Interaction[] {
	const run = replay(pack, SCENARIO, answers);
	if (!run.ok) throw new Error('replay failed');
	return run.state.history.flatMap((entry) => {
		const found = interactionOf({
			scenarioId: SCENARIO,
			step: scenario.steps[entry.stepId]!,
			entry,
			latencyMs: 1_500,
			at: Date.UTC(2026, 11, 7, 12, 0, 0),
			lang
		});
		return found ? [found] : [];
	});
}

describe('SCORM interactions', () => {
	it('reports each scored step with its type, answer, correct pattern and result', () => {
		const list = interactions();
		// The briefing is not an interaction.
		expect(list.map((i) => [i.id, i.type, i.result, i.weighting])).toEqual([
			['liaison-basics.decide', 'choice', 'correct', 2],
			['liaison-basics.partners', 'choice', 1, 3],
			['liaison-basics.order', 'sequencing', 'wrong', 1],
			['liaison-basics.quiz', 'true-false', 'correct', 1]
		]);
	});

	it('writes SCORM 1.2 elements with 1.2 separators and words', () => {
		const writes = Object.fromEntries(interactionWrites('1.2', 3, interactions()[2]!));
		expect(writes).toEqual({
			'cmi.interactions.3.id': 'liaison-basics.order',
			'cmi.interactions.3.type': 'sequencing',
			'cmi.interactions.3.student_response': 'second,first',
			'cmi.interactions.3.correct_responses.0.pattern': 'first,second',
			'cmi.interactions.3.result': 'wrong',
			'cmi.interactions.3.weighting': '1',
			'cmi.interactions.3.latency': '0000:00:01.50',
			'cmi.interactions.3.time': '12:00:00'
		});
	});

	it('writes SCORM 2004 elements with [,] separators, a description and a timestamp', () => {
		const writes = Object.fromEntries(interactionWrites('2004', 0, interactions('nl')[1]!));
		expect(writes).toMatchObject({
			'cmi.interactions.0.learner_response': 'federal-police[,]ccb',
			'cmi.interactions.0.correct_responses.0.pattern': 'federal-police[,]immigration-office',
			'cmi.interactions.0.result': '1',
			'cmi.interactions.0.description': '{lang=nl}Qui impliquer ? (nl)',
			'cmi.interactions.0.latency': 'PT1.5S',
			'cmi.interactions.0.timestamp': '2026-12-07T12:00:00Z'
		});
	});

	it('formats the other response kinds in both syntaxes', () => {
		const pairs: Response = {
			kind: 'pairs',
			pairs: [
				['a', 'b'],
				['c', 'd']
			]
		};
		expect(formatResponse('1.2', pairs)).toBe('a.b,c.d');
		expect(formatResponse('2004', pairs)).toBe('a[.]b[,]c[.]d');
		expect(formatResponse('2004', { kind: 'text', text: 'OCAM' }, true)).toBe(
			'{case_matters=false}OCAM'
		);
		expect(formatResponse('2004', { kind: 'number', value: 13, min: 12, max: 14 }, true)).toBe(
			'12[:]14'
		);
		expect(formatResponse('1.2', { kind: 'bool', value: false })).toBe('f');
	});
});

describe('SCORM score and status', () => {
	it('1.2: percent score, incomplete while playing, passed or failed at the end', () => {
		const playing = Object.fromEntries(
			outcomeWrites('1.2', { points: 2, max: 4, finished: false, passMark: 70 })
		);
		expect(playing).toEqual({
			'cmi.core.score.min': '0',
			'cmi.core.score.max': '100',
			'cmi.core.score.raw': '50',
			'cmi.core.lesson_status': 'incomplete'
		});
		const done = Object.fromEntries(
			outcomeWrites('1.2', { points: 3, max: 4, finished: true, passMark: 70 })
		);
		expect(done['cmi.core.lesson_status']).toBe('passed');
	});

	it('2004: points with their range, scaled score, completion and success apart', () => {
		expect(
			Object.fromEntries(outcomeWrites('2004', { points: 2, max: 7, finished: true, passMark: 70 }))
		).toEqual({
			'cmi.score.min': '0',
			'cmi.score.max': '7',
			'cmi.score.raw': '2',
			'cmi.score.scaled': '0.2857',
			'cmi.completion_status': 'completed',
			'cmi.success_status': 'failed'
		});
	});
});
