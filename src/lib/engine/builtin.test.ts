/**
 * Plays the built-in packs (scenarios/*.yaml) through the engine: the best answers reach an
 * ending, and any sequence of well-formed answers is accepted at every step until an ending.
 * Packs that do not validate are left to the validator's own tests.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '$lib/packs/parse';
import type { Pack, Step } from '$lib/packs/schema';
import type { Answer } from './answers';
import { bestQuestionAnswer, bestStepAnswer } from './best';
import { isMismatch, scoreQuestion } from './questions';
import { answer, currentStep, startRun } from './scenario';

const dir = join(process.cwd(), 'scenarios');
const packs: Pack[] = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.flatMap((file) => {
		const result = parsePackText(readFileSync(join(dir, file), 'utf8'), file, { builtIn: true });
		return result.ok ? [result.pack] : [];
	});

/** A well-formed answer to `step`, picked with `pick(n)` ∈ [0, n). */
function someAnswer(step: Step, pick: (n: number) => number): Answer | null {
	const shuffle = <T>(items: readonly T[]) => {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = pick(i + 1);
			[out[i], out[j]] = [out[j]!, out[i]!];
		}
		return out;
	};
	switch (step.kind) {
		case 'briefing':
			return { kind: 'continue' };
		case 'decision':
			return { kind: 'decision', choiceId: step.choices[pick(step.choices.length)]!.id };
		case 'partners':
			return {
				kind: 'partners',
				actors: step.options.filter(() => pick(2) === 1).map((o) => o.actor)
			};
		case 'ordering':
			return { kind: 'ordering', order: shuffle(step.items.map((i) => i.id)) };
		case 'question':
			return pick(2) === 0 ? bestStepAnswer(step) : { kind: 'truefalse', value: true };
		case 'ending':
			return null;
	}
}

function play(pack: Pack, scenarioId: string, choose: (step: Step) => Answer | null) {
	const started = startRun(pack, scenarioId);
	expect(started.ok).toBe(true);
	if (!started.ok) return null;
	let state = started.state;
	for (let i = 0; i < 500 && state.status === 'playing'; i++) {
		const step = currentStep(pack, state)!.step;
		const result = answer(pack, state, choose(step));
		if (!result.ok) {
			// A truefalse guess to a question of another kind is refused; anything else is a bug.
			expect(result.error.code, `${pack.id}/${scenarioId} at ${state.stepId}`).toBe('wrong-kind');
			continue;
		}
		state = result.state;
	}
	return state;
}

describe('built-in packs', () => {
	it('has at least one valid built-in pack with a scenario to play', () => {
		expect(packs.some((p) => p.scenarios.length > 0)).toBe(true);
	});

	for (const pack of packs) {
		it(`${pack.id}: every quiz question gives full marks to its best answer`, () => {
			for (const question of pack.questions) {
				const score = scoreQuestion(question, bestQuestionAnswer(question));
				expect(!isMismatch(score) && score.correct, question.id).toBe(true);
			}
		});

		for (const scenario of pack.scenarios) {
			it(`${pack.id}/${scenario.id}: the best answers reach an ending with full marks`, () => {
				const state = play(pack, scenario.id, (step) => bestStepAnswer(step))!;
				expect(state.status).toBe('finished');
				expect(state.points).toBe(state.max);
			});

			it(`${pack.id}/${scenario.id}: any well-formed answers play through to an ending`, () => {
				fc.assert(
					fc.property(fc.infiniteStream(fc.nat()), (stream) => {
						const pick = (n: number) => stream.next().value % n;
						const state = play(pack, scenario.id, (step) => someAnswer(step, pick))!;
						expect(state.status).toBe('finished');
					}),
					{ numRuns: 50 }
				);
			});
		}
	}
});
