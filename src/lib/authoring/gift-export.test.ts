import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeQuestions } from '../../../tests/factories/packs';
import { exportGift } from './gift-export';
import { importGift } from './gift';
import { comparable, questionArbitrary } from '../../../tests/factories/bank-questions';

const topics = [{ id: 'liaison', label: { fr: 'Liaison / échange', nl: 'Liaison' } }];

describe('exportGift', () => {
	it('writes what Moodle writes: escapes, [markdown] question, weights, general feedback', () => {
		const { text } = exportGift(
			[
				{
					id: 'q1',
					kind: 'single',
					prompt: { fr: 'Que fait **l’OCAM** : {x} = y ?' },
					topics: ['liaison'],
					actors: [],
					explanation: { fr: 'Voir #2' },
					citation: { source: '', quote: '' },
					options: [
						{ id: 'a', text: { fr: 'Évaluer' }, correct: true, feedback: { fr: 'Oui' } },
						{ id: 'b', text: { fr: 'a_b' }, correct: false }
					]
				}
			],
			topics,
			'fr'
		);
		expect(text).toBe(
			[
				'$CATEGORY: $course$/top/Liaison // échange',
				'',
				'::q1::[markdown]Que fait **l’OCAM** \\: \\{x\\} \\= y ?{',
				'\t=Évaluer#Oui',
				'\t~[plain]a_b',
				'\t####Voir \\#2',
				'}',
				''
			].join('\n')
		);
	});

	it('round trip: every kind GIFT holds comes back the same; ordering and units are listed', () => {
		const questions = makeQuestions();
		const out = exportGift(questions, topics, 'fr');
		expect(out.notes).toEqual([
			{ questionId: 'q-ordering', reason: 'unsupported-kind', detail: 'ordering' },
			{ questionId: 'q-numeric', reason: 'unit-dropped', detail: 'projets' }
		]);
		const back = importGift(out.text, { lang: 'fr' });
		const expected = questions.filter((q) => q.kind !== 'ordering');
		expect(back.questions.map((q) => comparable(q, 'fr'))).toEqual(
			expected.map((q) => comparable(q, 'fr'))
		);
		expect(back.topics).toEqual([{ id: 'liaison-echange', label: { fr: 'Liaison / échange' } }]);
		expect(back.questions.every((q) => q.topics?.[0] === 'liaison-echange')).toBe(true);
	});

	it('property: any question GIFT can hold survives pack → GIFT → import', () => {
		fc.assert(
			fc.property(
				fc.array(questionArbitrary({ ordering: false }), { minLength: 1, maxLength: 4 }),
				(qs) => {
					const out = exportGift(qs, [], 'fr');
					expect(out.notes.filter((n) => n.reason !== 'unit-dropped')).toEqual([]);
					const back = importGift(out.text, { lang: 'fr' });
					expect(back.skipped.filter((s) => !s.questionId)).toEqual([]);
					expect(back.questions.map((q) => comparable(q, 'fr'))).toEqual(
						qs.map((q) => comparable(q, 'fr'))
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});
