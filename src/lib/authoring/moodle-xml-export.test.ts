import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable, questionArbitrary } from '../../../tests/factories/bank-questions';
import { makeQuestions } from '../../../tests/factories/packs';
import { exportMoodleXml } from './moodle-xml-export';
import { importMoodleXml } from './moodle-xml';

const PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';

describe('exportMoodleXml', () => {
	it('round trip: every kind Liaison has comes back the same, with its topic', () => {
		const questions = makeQuestions();
		const topics = [{ id: 'liaison', label: { fr: 'Liaison', nl: 'Liaison' } }];
		const out = exportMoodleXml(questions, topics, 'nl');
		expect(out).toMatchObject({ notes: [], count: questions.length });
		const back = importMoodleXml(out.text, { lang: 'nl' });
		expect(back.questions.map((q) => comparable(q, 'nl'))).toEqual(
			questions.map((q) => comparable(q, 'nl'))
		);
		expect(back.topics).toEqual([{ id: 'liaison', label: { nl: 'Liaison' } }]);
		// Moodle's numerical units are not carried by Liaison's reader: listed, not silent.
		expect(back.skipped).toEqual([
			expect.objectContaining({
				reason: 'unit-dropped',
				detail: 'projets (nl)',
				questionId: 'xml-7'
			})
		]);
	});

	it('embeds the images of a prompt as Moodle files, which come back as the same asset', () => {
		const [q] = makeQuestions();
		const question = { ...q!, prompt: { fr: 'Voyez ![Logo](asset:logo) ici' } };
		const out = exportMoodleXml([question], [], 'fr', { logo: PNG });
		expect(out.text).toContain('![Logo](@@PLUGINFILE@@/logo.png)');
		expect(out.text).toContain('<file name="logo.png" path="/" encoding="base64">iVBOR');
		const back = importMoodleXml(out.text, { lang: 'fr' });
		expect(back.questions[0]!.prompt.fr).toBe('Voyez ![Logo](asset:img-logo-png) ici');
		expect(back.assets).toEqual({ 'img-logo-png': PNG });
	});

	it('property: any question survives pack → Moodle XML → import', () => {
		fc.assert(
			fc.property(fc.array(questionArbitrary(), { minLength: 1, maxLength: 4 }), (qs) => {
				const out = exportMoodleXml(qs, [], 'fr');
				expect(out.notes).toEqual([]);
				const back = importMoodleXml(out.text, { lang: 'fr' });
				expect(back.skipped.filter((s) => !s.questionId)).toEqual([]);
				expect(back.questions.map((q) => comparable(q, 'fr'))).toEqual(
					qs.map((q) => comparable(q, 'fr'))
				);
			}),
			{ numRuns: 200 }
		);
	});
});
