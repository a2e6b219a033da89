/**
 * Test data for packs: a small valid pack using every step kind and every question kind.
 * Each call returns a fresh deep copy, so tests may mutate it freely.
 */
import type { PackInput } from '../../src/lib/packs/schema';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type QuestionInput = NonNullable<PackInput['questions']>[number];
type ScenarioInput = NonNullable<PackInput['scenarios']>[number];

export const FACTORY_SOURCE = '003_847f662f65abe501';
export const FACTORY_QUOTE = "la VSSE dispose d'officiers de liaison auprès de la Police fédérale";

/** A LocalizedText with both languages. */
export function t(fr: string, nl = `${fr} (nl)`) {
	return { fr, nl };
}

const citation = () => ({ source: FACTORY_SOURCE, quote: FACTORY_QUOTE });

const common = (id: string) => ({
	id,
	prompt: t(`Question ${id}`),
	topics: ['liaison'],
	difficulty: 'easy' as const,
	explanation: t(`Explication ${id}`),
	citation: citation()
});

export function makeQuestions(): QuestionInput[] {
	return [
		{
			...common('q-single'),
			kind: 'single',
			options: [
				{ id: 'a', text: t('Police fédérale'), correct: true },
				{ id: 'b', text: t('Douanes'), correct: false, feedback: t('Non') }
			]
		},
		{
			...common('q-multiple'),
			kind: 'multiple',
			options: [
				{ id: 'a', text: t('Police fédérale'), correct: true },
				{ id: 'b', text: t('Office des étrangers'), correct: true },
				{ id: 'c', text: t('CCB'), correct: false }
			]
		},
		{ ...common('q-truefalse'), kind: 'truefalse', answer: true, feedbackFalse: t('Faux') },
		{
			...common('q-matching'),
			kind: 'matching',
			pairs: [
				{ id: 'p1', left: t('VSSE'), right: t('Sûreté') },
				{ id: 'p2', left: t('SGRS'), right: t('Renseignement militaire') }
			]
		},
		{
			...common('q-ordering'),
			kind: 'ordering',
			items: [
				{ id: 'i1', text: t('Premier') },
				{ id: 'i2', text: t('Second') }
			]
		},
		{ ...common('q-short'), kind: 'short', accepted: ['OCAM', 'OCAD'] },
		{ ...common('q-numeric'), kind: 'numeric', answer: 13, tolerance: 0, unit: t('projets') }
	];
}

export function makeScenario(): ScenarioInput {
	return {
		id: 'liaison-basics',
		title: t('Les officiers de liaison'),
		summary: t('Un scénario court'),
		topics: ['liaison'],
		difficulty: 'beginner',
		variables: { trust: { initial: 2, min: 0, max: 5, label: t('Confiance') } },
		start: 'brief',
		steps: {
			brief: {
				kind: 'briefing',
				title: t('Briefing'),
				text: t('Une information arrive.'),
				next: 'decide'
			},
			decide: {
				kind: 'decision',
				text: t('Que faites-vous ?'),
				choices: [
					{
						id: 'share',
						label: t('Partager'),
						points: 2,
						consequence: t('Bien'),
						effects: { add: { trust: 1 } }
					},
					{
						id: 'keep',
						label: t('Garder'),
						points: 0,
						consequence: t('Dommage'),
						effects: { set: { trust: 0 } },
						next: 'end-bad'
					}
				],
				explanation: t('Partager est essentiel.'),
				citation: citation(),
				next: 'partners'
			},
			partners: {
				kind: 'partners',
				text: t('Qui impliquer ?'),
				options: [
					{ actor: 'federal-police', rating: 'essential', explanation: t('Oui') },
					{ actor: 'immigration-office', rating: 'useful', explanation: t('Utile') },
					{ actor: 'ccb', rating: 'inappropriate', explanation: t('Non') }
				],
				explanation: t('La police fédérale.'),
				citation: citation(),
				next: [{ when: { missedEssential: 'partners' }, to: 'end-bad' }, { to: 'order' }]
			},
			order: {
				kind: 'ordering',
				text: t('Remettez dans l’ordre.'),
				items: [
					{ id: 'first', text: t('Recevoir') },
					{ id: 'second', text: t('Transmettre') }
				],
				explanation: t('Dans cet ordre.'),
				citation: citation(),
				next: 'quiz'
			},
			quiz: {
				kind: 'question',
				question: {
					...common('q-step'),
					kind: 'truefalse',
					answer: true
				},
				next: [
					{
						when: {
							all: [{ var: 'trust', gte: 3 }, { chose: { step: 'decide', choice: 'share' } }]
						},
						to: 'end-good'
					},
					{ when: { score: { gte: 50 } }, to: 'end-mid' },
					{ to: 'end-bad' }
				]
			},
			'end-good': {
				kind: 'ending',
				outcome: 'success',
				grade: 'A',
				title: t('Réussi'),
				text: t('Bravo')
			},
			'end-mid': {
				kind: 'ending',
				outcome: 'partial',
				grade: 'C',
				title: t('Partiel'),
				text: t('Presque')
			},
			'end-bad': {
				kind: 'ending',
				outcome: 'failure',
				grade: 'E',
				title: t('Échec'),
				text: t('Raté')
			}
		}
	};
}

/** A small valid pack; `overrides` replace top-level fields. */
export function makePack(overrides: Partial<PackInput> = {}): PackInput {
	const pack: PackInput = {
		format: 1,
		id: 'test-pack',
		version: '1.0.0',
		title: t('Pack de test'),
		description: t('Un pack **de test**, voir [la VSSE](https://www.vsse.be/).'),
		languages: ['fr', 'nl'],
		authors: ['Équipe Liaison'],
		licence: 'CC-BY-4.0',
		topics: [{ id: 'liaison', label: t('Liaison') }],
		estimatedMinutes: 10,
		difficulty: 'beginner',
		sources: [{ id: FACTORY_SOURCE, title: 'Partenaires nationaux', publisher: 'VSSE' }],
		options: { feedback: 'immediate', passMark: 70, rosterDuringPlay: true },
		actors: [],
		scenarios: [makeScenario()],
		questions: makeQuestions()
	};
	return structuredClone({ ...pack, ...overrides });
}

/** The pack as plain JSON data (for mutation-based tests that break its types). */
export function makeRawPack(overrides: Partial<PackInput> = {}): { [key: string]: Json } {
	return makePack(overrides) as unknown as { [key: string]: Json };
}
