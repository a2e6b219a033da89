/**
 * The scenario engine on a 300-step scenario: transitions (budget < 0.1 ms each), the debrief,
 * resuming a stored run, and scoring a 1,000-question quiz.
 */
import * as v from 'valibot';
import {
	answer,
	bestQuestionAnswer,
	bestStepAnswer,
	currentStep,
	debrief,
	resumeRun,
	checkQuestionAnswer,
	quizTotals,
	startRun,
	type Answer,
	type RunState
} from '../../src/lib/engine';
import {
	PackSchema,
	QuestionSchema,
	type Pack,
	type PackInput,
	type Question
} from '../../src/lib/packs/schema';
import { makePack, makeQuestions, makeScenario } from '../factories/packs';
import type { BenchCase } from './run';

type ScenarioInput = NonNullable<PackInput['scenarios']>[number];
type StepInput = ScenarioInput['steps'][string];

const STEPS = 300;
const SCENARIO = 'liaison-basics';

/** 297 steps cycling through every kind, with conditional transitions, then three endings. */
function largePack(): Pack {
	const template = makeScenario().steps;
	const steps: Record<string, StepInput> = {};
	const body = STEPS - 3;
	for (let i = 0; i < body; i++) {
		const next = i + 1 < body ? `s${i + 1}` : 'end-good';
		const kind = (['brief', 'decide', 'partners', 'order', 'quiz'] as const)[i % 5]!;
		const step = structuredClone(template[kind]!) as StepInput & { next?: unknown };
		if (step.kind === 'decision') step.choices.forEach((c) => delete c.next);
		step.next =
			step.kind === 'briefing'
				? next
				: [
						{
							when: { all: [{ var: 'trust', gte: 0 }, { not: { score: { lt: 10 } } }] },
							to: next
						},
						{ to: 'end-bad' }
					];
		steps[`s${i}`] = step;
	}
	for (const id of ['end-good', 'end-mid', 'end-bad'] as const) steps[id] = template[id]!;
	return v.parse(PackSchema, makePack({ scenarios: [{ ...makeScenario(), start: 's0', steps }] }));
}

interface Run {
	pack: Pack;
	/** The best answer at each step of the scenario, in order. */
	answers: Answer[];
	/** Every intermediate state: states[i] is the state before answers[i]. */
	states: RunState[];
}

function playThrough(): Run {
	const pack = largePack();
	const started = startRun(pack, SCENARIO);
	if (!started.ok) throw new Error('start failed');
	const states = [started.state];
	const answers: Answer[] = [];
	let state = started.state;
	while (state.status === 'playing') {
		const given = bestStepAnswer(currentStep(pack, state)!.step)!;
		const result = answer(pack, state, given);
		if (!result.ok) throw new Error(JSON.stringify(result.error));
		answers.push(given);
		state = result.state;
		states.push(state);
	}
	if (answers.length !== STEPS - 3) throw new Error(`ended after ${answers.length} steps`);
	return { pack, answers, states };
}

const TRANSITIONS = 1_000;

const cases: BenchCase[] = [
	{
		name: `engine: ${TRANSITIONS} transitions, 300-step scenario (< 0.1 ms each)`,
		target: TRANSITIONS * 0.1,
		setup: playThrough,
		fn: (ctx) => {
			const { pack, answers, states } = ctx as Run;
			let state = states[0]!;
			for (let i = 0, at = 0; i < TRANSITIONS; i++, at++) {
				if (at === answers.length) {
					state = states[0]!;
					at = 0;
				}
				const result = answer(pack, state, answers[at]);
				if (!result.ok) throw new Error('transition refused');
				state = result.state;
			}
		}
	},
	{
		name: 'engine: one transition at step 290 of 300',
		target: 0.1,
		setup: playThrough,
		fn: (ctx) => {
			const { pack, answers, states } = ctx as Run;
			if (!answer(pack, states[290]!, answers[290]).ok) throw new Error('transition refused');
		}
	},
	{
		name: 'engine: debrief of a finished 300-step run',
		target: 5,
		setup: playThrough,
		fn: (ctx) => {
			const { pack, states } = ctx as Run;
			if (!debrief(pack, states[states.length - 1]!)) throw new Error('no debrief');
		}
	},
	{
		name: 'engine: resume a stored 300-step run (JSON + replay)',
		target: 30,
		setup: () => {
			const run = playThrough();
			return { pack: run.pack, json: JSON.stringify(run.states[run.states.length - 1]) };
		},
		fn: (ctx) => {
			const { pack, json } = ctx as { pack: Pack; json: string };
			if (!resumeRun(pack, JSON.parse(json)).ok) throw new Error('resume failed');
		}
	},
	{
		name: 'engine: score a 1,000-question quiz',
		target: 10,
		setup: () => {
			const kinds = makeQuestions();
			const questions = Array.from({ length: 1000 }, (_, i) =>
				v.parse(QuestionSchema, { ...kinds[i % kinds.length]!, id: `q${i}` })
			);
			const answers = Object.fromEntries(questions.map((q) => [q.id, bestQuestionAnswer(q)]));
			return { questions, answers };
		},
		fn: (ctx) => {
			const { questions, answers } = ctx as {
				questions: Question[];
				answers: Record<string, Answer>;
			};
			const scores = questions.map((q) => {
				const checked = checkQuestionAnswer(q, answers[q.id]);
				return checked.ok ? checked.score : null;
			});
			if (quizTotals(scores).percent !== 100) throw new Error('wrong score');
		}
	}
];

export default cases;
