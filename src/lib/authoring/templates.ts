/**
 * New, empty parts of a pack for the editor's "add" buttons. Texts start empty in both languages,
 * so the validator lists exactly what is left to write.
 */
import type { PackInput, QuestionKind, StepKind } from '$lib/packs/schema';

export type Draft = PackInput;
export type ScenarioDraft = NonNullable<PackInput['scenarios']>[number];
export type StepDraft = ScenarioDraft['steps'][string];
export type QuestionDraft = NonNullable<PackInput['questions']>[number];
export type ActorDraft = NonNullable<PackInput['actors']>[number];

export const blank = () => ({ fr: '', nl: '' });
const citation = (source = '') => ({ source, quote: '' });

export function emptyPack(id: string): Draft {
	return {
		format: 1,
		id,
		version: '0.1.0',
		title: blank(),
		description: blank(),
		languages: ['fr', 'nl'],
		authors: [],
		topics: [],
		estimatedMinutes: 10,
		difficulty: 'beginner',
		sources: [],
		options: { feedback: 'immediate', passMark: 70, rosterDuringPlay: true },
		actors: [],
		scenarios: [],
		questions: []
	};
}

export function newChoice(
	id: string
): NonNullable<Extract<StepDraft, { kind: 'decision' }>['choices']>[number] {
	return { id, label: blank(), points: 0, consequence: blank() };
}

export function newPartnerOption(actor: string) {
	return { actor, rating: 'useful' as const, explanation: blank() };
}

export function newQuestion(kind: QuestionKind, id: string, source = ''): QuestionDraft {
	const base = {
		id,
		prompt: blank(),
		topics: [],
		explanation: blank(),
		citation: citation(source)
	};
	switch (kind) {
		case 'single':
		case 'multiple':
			return {
				...base,
				kind,
				options: [
					{ id: 'a', text: blank(), correct: true },
					{ id: 'b', text: blank(), correct: false }
				]
			};
		case 'truefalse':
			return { ...base, kind, answer: true };
		case 'matching':
			return {
				...base,
				kind,
				pairs: [
					{ id: 'p1', left: blank(), right: blank() },
					{ id: 'p2', left: blank(), right: blank() }
				]
			};
		case 'ordering':
			return {
				...base,
				kind,
				items: [
					{ id: 'i1', text: blank() },
					{ id: 'i2', text: blank() }
				]
			};
		case 'short':
			return { ...base, kind, accepted: [''] };
		case 'numeric':
			return { ...base, kind, answer: 0, tolerance: 0 };
	}
}

/**
 * A new step. Without `options.next` the step has no `next` yet: the validator then says the
 * field is missing, which tells the author more than an empty step id would.
 */
export function newStep(
	kind: StepKind,
	options: { next?: string; source?: string } = {}
): StepDraft {
	const next = options.next === undefined ? {} : { next: options.next };
	const scored = {
		text: blank(),
		explanation: blank(),
		citation: citation(options.source)
	};
	switch (kind) {
		case 'briefing':
			return { kind, text: blank(), ...next } as StepDraft;
		case 'decision':
			return {
				kind,
				...scored,
				choices: [{ ...newChoice('c1'), points: 1 }, newChoice('c2')],
				...next
			};
		case 'partners':
			return { kind, ...scored, options: [], ...next } as StepDraft;
		case 'ordering':
			return {
				kind,
				...scored,
				items: [
					{ id: 'i1', text: blank() },
					{ id: 'i2', text: blank() }
				],
				...next
			} as StepDraft;
		case 'question':
			return { kind, question: newQuestion('single', 'q1', options.source), ...next } as StepDraft;
		case 'ending':
			return { kind, text: blank(), outcome: 'success', grade: 'A' };
	}
}

export function newScenario(id: string): ScenarioDraft {
	return {
		id,
		title: blank(),
		summary: blank(),
		difficulty: 'beginner',
		start: 'start',
		steps: { start: newStep('briefing') }
	};
}

export function newActor(id: string): ActorDraft {
	return { id, kind: 'belgian-partner', acronym: blank(), name: blank(), role: blank() };
}
