import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTORY_QUOTE, FACTORY_SOURCE, makePack } from '../../../tests/factories/packs';
import { validatePack } from '$lib/packs/validate';
import { importGift } from './gift';

const bank = readFileSync('tests/fixtures/banks/every-kind.gift', 'utf8');
const result = importGift(bank, { lang: 'fr', source: '003_847f662f65abe501' });
const byId = (id: string) => result.questions.find((q) => q.id === id);

describe('importGift, question by question', () => {
	it('imports every mappable question, in order, with generated ids', () => {
		expect(result.questions.map((q) => [q.id, q.kind])).toEqual([
			['gift-1', 'single'],
			['gift-2', 'multiple'],
			['gift-3', 'single'],
			['gift-4', 'truefalse'],
			['gift-5', 'truefalse'],
			['gift-6', 'short'],
			['gift-7', 'numeric'],
			['gift-8', 'numeric'],
			['gift-9', 'numeric'],
			['gift-10', 'matching'],
			['gift-11', 'single'],
			['gift-12', 'truefalse']
		]);
	});

	it('single choice keeps the right answer and per-answer feedback', () => {
		expect(byId('gift-1')).toMatchObject({
			prompt: { fr: 'Quel organe évalue la menace terroriste ?' },
			topics: ['acteurs'],
			citation: { source: '003_847f662f65abe501', quote: '' },
			options: [
				{
					id: 'a',
					text: { fr: "L'OCAM" },
					correct: true,
					feedback: { fr: "Oui, c'est son rôle." }
				},
				{ id: 'b', text: { fr: 'La CTIF' }, correct: false },
				{ id: 'c', text: { fr: 'Les douanes' }, correct: false }
			]
		});
		expect(byId('gift-1')).not.toHaveProperty('options.2.feedback');
	});

	it('weighted answers become a multiple-choice question with weights and general feedback', () => {
		expect(byId('gift-2')).toMatchObject({
			kind: 'multiple',
			explanation: { fr: 'Les TFL réunissent les services de police et de renseignement.' },
			options: [
				{
					text: { fr: 'La police locale' },
					weight: 50,
					correct: true,
					feedback: { fr: 'En effet.' }
				},
				{ text: { fr: 'La VSSE' }, weight: 50, correct: true },
				{ text: { fr: 'La CTIF' }, weight: -100, correct: false }
			]
		});
	});

	it('a missing-word question shows the gap in its prompt', () => {
		expect(byId('gift-3')).toMatchObject({
			prompt: { fr: 'La VSSE est un service de \\_\\_\\_\\_\\_ civil.' },
			options: [{ text: { fr: 'renseignement' }, correct: true }, {}, {}]
		});
	});

	it('true/false maps the wrong-answer and right-answer feedback to each side', () => {
		expect(byId('gift-4')).toMatchObject({
			answer: true,
			feedbackFalse: { fr: 'Relisez la loi.' },
			feedbackTrue: { fr: 'Exact.' }
		});
		expect(byId('gift-5')).toMatchObject({ kind: 'truefalse', answer: false });
	});

	const skippedOf = (id: string) =>
		result.skipped.filter((s) => s.questionId === id).map((s) => [s.reason, s.detail]);

	it('short answer accepts every full-credit variant, explains with its feedback, lists the partial one', () => {
		expect(byId('gift-6')).toMatchObject({
			accepted: ['OCAD', 'ocad'],
			// The same feedback on two right answers is said once.
			explanation: { fr: 'Exact.' }
		});
		expect(skippedOf('gift-6')).toEqual([
			['feedback-moved', 'Exact.'],
			['partial-answer-dropped', 'OCA'],
			['feedback-dropped', 'Presque.']
		]);
	});

	it('numerical answers keep value and tolerance, from a margin or a range', () => {
		expect(byId('gift-7')).toMatchObject({ answer: 2005, tolerance: 0 });
		expect(byId('gift-8')).toMatchObject({ answer: 12, tolerance: 2 });
		expect(byId('gift-8')!.explanation).toEqual({ fr: '' });
		expect(byId('gift-9')).toMatchObject({ answer: 2015, tolerance: 0 });
	});

	it('numerical feedback joins the general feedback in the explanation', () => {
		expect(byId('gift-7')!.explanation).toEqual({
			fr: 'Le plan date de 2005.\n\nVoir la note du Plan R.'
		});
		expect(skippedOf('gift-7')).toEqual([['feedback-moved', 'Le plan date de 2005.']]);
	});

	it('several numerical answers: the kept one explains, the others are listed with their feedback', () => {
		expect(byId('gift-9')!.explanation).toEqual({ fr: "C'est bien 2015." });
		expect(skippedOf('gift-9')).toEqual([
			['numeric-alternative-dropped', '2016:1'],
			['feedback-dropped', 'Presque.'],
			['feedback-moved', "C'est bien 2015."]
		]);
	});

	it('matching keeps the pairs and lists the distractor it cannot hold', () => {
		expect(byId('gift-10')).toMatchObject({
			pairs: [
				{ id: 'p1', left: { fr: 'VSSE' }, right: { fr: 'Renseignement civil' } },
				{ id: 'p2', left: { fr: 'SGRS' }, right: { fr: 'Renseignement militaire' } },
				{ id: 'p3', left: { fr: 'OCAM' }, right: { fr: 'Évaluation de la menace' } }
			]
		});
		expect(byId('gift-10')!.explanation).toEqual({ fr: "L'OCAM évalue, il n'enquête pas." });
		expect(skippedOf('gift-10')).toEqual([['matching-distractor-dropped', 'Contrôle des douanes']]);
	});

	it('every question keeps each feedback somewhere or lists it', () => {
		const feedbacks = [...bank.matchAll(/(?<!\\)#(?!#)([^#=~}\n]+)/g)].map((m) => m[1]!.trim());
		const kept = JSON.stringify(result);
		for (const fb of feedbacks.filter((f) => f && !/^\d/.test(f))) expect(kept).toContain(fb);
	});

	it('unescapes GIFT special characters', () => {
		expect(byId('gift-11')).toMatchObject({
			prompt: { fr: 'Que signifie {TFL} : task force = locale ?' },
			options: [{ text: { fr: 'Une plateforme ~ locale' } }, { text: { fr: 'Un tribunal' } }]
		});
	});

	it('turns HTML into Markdown, and files the question under the new category', () => {
		expect(byId('gift-12')).toMatchObject({
			// Bold is Markdown now; `&` is escaped so that it shows as typed.
			prompt: { fr: 'Le **SGRS** est \\& reste militaire.' },
			topics: ['cooperation']
		});
		// Paragraph, bold and entity all have a Markdown form: nothing was lost, nothing to list.
		expect(skippedOf('gift-12')).toEqual([]);
		expect(result.topics).toEqual([
			{ id: 'acteurs', label: { fr: 'Acteurs' } },
			{ id: 'cooperation', label: { fr: 'Coopération' } }
		]);
	});

	it('lists what it cannot import, with its line, never dropping it silently', () => {
		const whole = result.skipped.filter((s) => !s.questionId);
		expect(whole.map((s) => [s.reason, s.title, s.line])).toEqual([
			['essay', 'Essay', 39],
			// Moodle names an unnamed question after its text.
			['description', 'Ceci est une simple description, sans réponse.', 41],
			['syntax', 'Broken', 49]
		]);
	});

	it('writes in the chosen language only, leaving the other for the editor', () => {
		const nl = importGift('Wie? {=OCAD ~CFI}', { lang: 'nl' });
		expect(nl.questions[0]).toMatchObject({
			prompt: { nl: 'Wie?' },
			options: [{ text: { nl: 'OCAD' } }, { text: { nl: 'CFI' } }]
		});
		expect(nl.questions[0]!.prompt).not.toHaveProperty('fr');
	});

	it('never throws on garbage', () => {
		for (const input of ['{', '}', '::::', '{#}', '{=->}', '\\', '{~}', '::a::{T#', '\u0000{']) {
			expect(() => importGift(input, { lang: 'fr' })).not.toThrow();
		}
	});

	it('gives questions the validator accepts once translated, explained and cited', () => {
		const fill = (value: unknown): unknown => {
			if (Array.isArray(value)) return value.map(fill);
			if (value && typeof value === 'object') {
				const entries = Object.entries(value).map(([k, v]) => [k, fill(v)]);
				const filled = Object.fromEntries(entries) as Record<string, unknown>;
				if ('fr' in filled && Object.keys(filled).length === 1) {
					const fr = (filled.fr as string) || 'Explication';
					return { fr, nl: `${fr} (nl)` };
				}
				return filled;
			}
			return value;
		};
		const questions = result.questions.map((q) => ({
			...(fill(q) as typeof q),
			citation: { source: FACTORY_SOURCE, quote: FACTORY_QUOTE }
		}));
		const base = makePack();
		const topics = [...base.topics!, ...(fill(result.topics) as typeof result.topics)];
		const pack = makePack({ questions, topics });
		const checked = validatePack(pack);
		expect(checked.ok ? [] : checked.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
	});
});

describe('the line of a loss', () => {
	it('points at the part lost, not at the question first line', () => {
		const gift = [
			'// intro',
			'',
			'::Q1::Quel organe',
			'coordonne la menace ?{',
			'=OCAM',
			'=CUTA#Aussi accepté',
			'}'
		].join('\n');
		const losses = importGift(gift, { lang: 'fr' }).skipped.filter((s) => s.questionId);
		expect(losses.map((s) => [s.reason, s.detail, s.line])).toEqual([
			['feedback-moved', 'Aussi accepté', 6]
		]);
	});
});
