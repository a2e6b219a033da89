import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import type { Answer } from './answers';
import { bestQuestionAnswer, bestStepAnswer } from './best';
import { debrief } from './debrief';
import { isMismatch, scoreQuestion } from './questions';
import { replay } from './scenario';
import { isStepScoreError, scoreStep } from './steps';

const pack = v.parse(PackSchema, makePack());
const scenario = pack.scenarios[0]!;

function play(answers: Answer[]) {
	const result = replay(pack, scenario.id, answers);
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.state;
}

describe('best answers', () => {
	it('score full marks on every question kind', () => {
		for (const question of pack.questions) {
			const score = scoreQuestion(question, bestQuestionAnswer(question));
			expect(isMismatch(score) ? null : score.correct, question.kind).toBe(true);
		}
	});

	it('score full marks on every scorable step', () => {
		for (const step of Object.values(scenario.steps)) {
			const best = bestStepAnswer(step);
			if (step.kind === 'ending') expect(best).toBeNull();
			else if (step.kind === 'briefing') expect(best).toEqual({ kind: 'continue' });
			else {
				const score = scoreStep(step, best!);
				expect(isStepScoreError(score) ? score : score.correct, step.kind).toBe(true);
			}
		}
	});
});

describe('debrief', () => {
	const poor: Answer[] = [
		{ kind: 'continue' },
		{ kind: 'decision', choiceId: 'share' },
		{ kind: 'partners', actors: ['federal-police', 'ccb'] },
		{ kind: 'ordering', order: ['second', 'first'] },
		{ kind: 'truefalse', value: false }
	];

	it('lists every scored step with the choice, the best answer, points and sources', () => {
		const report = debrief(pack, play(poor))!;
		expect(report).toMatchObject({
			scenarioId: 'liaison-basics',
			finished: true,
			outcome: 'success',
			grade: 'A',
			endingStepId: 'end-good',
			points: 3,
			max: 7,
			percent: 43,
			vars: { trust: 3 }
		});
		expect(report.lines.map((l) => [l.index, l.stepId, l.points, l.max])).toEqual([
			[1, 'decide', 2, 2],
			[2, 'partners', 1, 3],
			[3, 'order', 0, 1],
			[4, 'quiz', 0, 1]
		]);
		const [decide, partners, , quiz] = report.lines;
		expect(decide).toMatchObject({
			correct: true,
			choice: { id: 'share', points: 2 },
			best: { kind: 'decision', choiceId: 'share' },
			explanation: { fr: 'Partager est essentiel.' },
			citation: { source: '003_847f662f65abe501' },
			partners: null
		});
		expect(partners!.partners).toEqual([
			expect.objectContaining({
				actor: 'federal-police',
				outcome: 'hit',
				explanation: { fr: 'Oui', nl: 'Oui (nl)' }
			}),
			expect.objectContaining({ actor: 'immigration-office', outcome: 'missed', points: 0 }),
			expect.objectContaining({ actor: 'ccb', outcome: 'extra', points: -1 })
		]);
		expect(partners!.best).toEqual({
			kind: 'partners',
			actors: ['federal-police', 'immigration-office']
		});
		// A question step takes its explanation and citation from the question.
		expect(quiz).toMatchObject({
			explanation: { fr: 'Explication q-step' },
			best: { kind: 'truefalse', value: true },
			answer: { kind: 'truefalse', value: false },
			choice: null
		});
	});

	it('works on an unfinished run and agrees with the run totals', () => {
		const state = play(poor.slice(0, 3));
		const report = debrief(pack, state)!;
		expect(report).toMatchObject({
			finished: false,
			outcome: null,
			grade: null,
			endingStepId: null
		});
		expect([report.points, report.max]).toEqual([state.points, state.max]);
		expect(report.lines).toHaveLength(2);
	});

	it('is null for a scenario that is not in the pack', () => {
		expect(debrief(pack, { ...play([]), scenarioId: 'ghost' })).toBeNull();
	});
});
