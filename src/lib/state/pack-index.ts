/**
 * What the dashboard needs to know about the learner's packs: which topics and organisations each
 * question and scored scenario step trains, and their labels (from the pack's own roster).
 */
import { actorsOf } from '$lib/packs/catalogue';
import type { Actor, LocalizedText, Pack, Question } from '$lib/packs/schema';
import type { QuestionLookup, StepLookup } from '$lib/progress';

type Info = { topics: readonly string[]; actors: readonly string[] };

export interface PackIndex {
	questions: QuestionLookup;
	steps: StepLookup;
	topic(id: string): LocalizedText | undefined;
	actor(id: string): Actor | undefined;
	pack(id: string): LocalizedText | undefined;
	scenario(packId: string, scenarioId: string): LocalizedText | undefined;
}

const key = (...parts: string[]) => parts.join('\u0000');

export function buildPackIndex(packs: readonly Pack[]): PackIndex {
	const questions = new Map<string, Info>();
	const steps = new Map<string, Info>();
	const topics = new Map<string, LocalizedText>();
	const actors = new Map<string, Actor>();
	const titles = new Map<string, LocalizedText>();
	const scenarios = new Map<string, LocalizedText>();
	const addQuestion = (packId: string, q: Question) =>
		questions.set(key(packId, q.id), { topics: q.topics, actors: q.actors });

	for (const pack of packs) {
		titles.set(pack.id, pack.title);
		// The first pack to name a topic or organisation gives its label.
		for (const t of pack.topics) if (!topics.has(t.id)) topics.set(t.id, t.label);
		for (const [id, a] of actorsOf(pack)) if (!actors.has(id)) actors.set(id, a);
		for (const q of pack.questions) addQuestion(pack.id, q);
		for (const scenario of pack.scenarios) {
			scenarios.set(key(pack.id, scenario.id), scenario.title);
			for (const [stepId, step] of Object.entries(scenario.steps)) {
				if (step.kind === 'question') addQuestion(pack.id, step.question);
				if (step.kind === 'question' || step.kind === 'briefing' || step.kind === 'ending')
					continue;
				// A partners step trains the organisations that belong in the answer.
				const stepActors =
					step.kind === 'partners'
						? step.options.filter((o) => o.rating !== 'inappropriate').map((o) => o.actor)
						: [];
				steps.set(key(pack.id, scenario.id, stepId), {
					topics: scenario.topics,
					actors: stepActors
				});
			}
		}
	}
	return {
		questions: (packId, questionId) => questions.get(key(packId, questionId)),
		steps: (packId, scenarioId, stepId) => steps.get(key(packId, scenarioId, stepId)),
		topic: (id) => topics.get(id),
		actor: (id) => actors.get(id),
		pack: (id) => titles.get(id),
		scenario: (packId, scenarioId) => scenarios.get(key(packId, scenarioId))
	};
}
