/** Parsing and validating a large pack: 1,000 questions and a 300-step scenario. */
import { dump as stringify } from 'js-yaml';
import { parsePackText } from '../../src/lib/packs/parse';
import type { PackInput } from '../../src/lib/packs/schema';
import { validatePack } from '../../src/lib/packs/validate';
import { makePack, makeQuestions, makeScenario, t } from '../factories/packs';
import type { BenchCase } from './run';

type ScenarioInput = NonNullable<PackInput['scenarios']>[number];
type StepInput = ScenarioInput['steps'][string];

/** A pack with `questionCount` bank questions and one scenario of `stepCount` steps. */
export function makeLargePack(questionCount = 1000, stepCount = 300): PackInput {
	const kinds = makeQuestions();
	const questions = Array.from({ length: questionCount }, (_, i) => ({
		...structuredClone(kinds[i % kinds.length]!),
		id: `q${i}`
	}));
	const template = makeScenario().steps;
	const endings = ['end-good', 'end-mid', 'end-bad'] as const;
	const steps: Record<string, StepInput> = {};
	const body = stepCount - endings.length;
	for (let i = 0; i < body; i++) {
		const next = i + 1 < body ? `s${i + 1}` : 'end-good';
		const kind = (['decide', 'partners', 'order', 'quiz', 'brief'] as const)[i % 5]!;
		const step = structuredClone(template[kind]!) as StepInput & { next?: unknown };
		if (step.kind === 'decision') {
			step.choices.forEach((c) => delete c.next);
		}
		step.next =
			step.kind === 'partners'
				? [{ when: { missedEssential: `s${i}` }, to: 'end-bad' }, { to: next }]
				: step.kind === 'question'
					? [{ when: { score: { gte: 50 } }, to: next }, { to: 'end-mid' }]
					: next;
		steps[`s${i}`] = step;
	}
	for (const id of endings) steps[id] = structuredClone(template[id]!);
	const scenario: ScenarioInput = { ...makeScenario(), start: 's0', steps };
	return makePack({ scenarios: [scenario], questions, title: t('Grand pack') });
}

const large = makeLargePack();
const yamlText = stringify(large);
const jsonText = JSON.stringify(large);

function expectValid(result: ReturnType<typeof validatePack>): void {
	if (!result.ok)
		throw new Error(`benchmark pack invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
}

export default [
	{
		name: 'packs: parse + validate YAML (1,000 questions, 300 steps)',
		target: 50,
		fn: () => expectValid(parsePackText(yamlText, 'large.yaml'))
	},
	{
		name: 'packs: parse + validate JSON (1,000 questions, 300 steps)',
		target: 50,
		fn: () => expectValid(parsePackText(jsonText, 'large.json'))
	},
	{
		name: 'packs: validate only (1,000 questions, 300 steps)',
		target: 50,
		setup: () => JSON.parse(jsonText) as unknown,
		fn: (pack) => expectValid(validatePack(pack))
	}
] satisfies BenchCase[];
