import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTORY_QUOTE, FACTORY_SOURCE, makePack } from '../../../tests/factories/packs';
import { validatePack } from '$lib/packs/validate';
import { importMoodleXml } from './moodle-xml';
import type { QuestionImport } from './question-import';

const read = (path: string) => importMoodleXml(readFileSync(path, 'utf8'), { lang: 'fr' });
const notesOf = (r: QuestionImport, id: string) =>
	r.skipped.filter((s) => s.questionId === id).map((s) => [s.reason, s.detail]);

describe('importMoodleXml: every kind Moodle exports', () => {
	const result = read('tests/fixtures/banks/every-kind.xml');

	it('maps each question type it can, in order, and refuses the others by line', () => {
		expect(result.questions.map((q) => q.kind)).toEqual([
			'single',
			'multiple',
			'truefalse',
			'short',
			'numeric',
			'matching',
			'ordering',
			'single'
		]);
		expect(
			result.skipped.filter((s) => !s.questionId).map((s) => [s.reason, s.detail, s.line])
		).toEqual([
			['unsupported-kind', 'ddwtos (2)', 74],
			['essay', 'Décrivez.', 80],
			['unsupported-kind', 'calculated', 84]
		]);
	});

	it('embeds the image into the pack assets and turns HTML into Markdown', () => {
		expect(result.assets).toEqual({
			'img-logo-ocam-png': expect.stringMatching(/^data:image\/png;base64,iVBOR/)
		});
		expect(result.questions[0]).toMatchObject({
			prompt: { fr: 'Quel organe évalue la **menace** ? ![Logo](asset:img-logo-ocam-png)' },
			explanation: { fr: 'Voir la loi du 10 juillet 2006.' },
			topics: ['acteurs'],
			options: [
				{ text: { fr: "L'OCAM" }, correct: true, feedback: { fr: 'Oui.' } },
				{ text: { fr: 'La CTIF' }, correct: false }
			]
		});
	});

	it('keeps weights, true/false feedback, tolerances; lists partial answers and units', () => {
		expect(result.questions[1]).toMatchObject({
			options: [{ weight: 50 }, { weight: 50 }, { weight: -100, feedback: { fr: 'Non.' } }]
		});
		expect(result.questions[2]).toMatchObject({
			answer: true,
			feedbackTrue: { fr: 'Exact.' },
			feedbackFalse: { fr: 'Relisez la loi.' }
		});
		expect(result.questions[3]).toMatchObject({ accepted: ['OCAD'] });
		expect(notesOf(result, 'xml-4')).toEqual([
			['partial-answer-dropped', 'OCA'],
			['feedback-dropped', 'Presque.']
		]);
		expect(result.questions[4]).toMatchObject({ answer: 2005, tolerance: 1 });
		expect(notesOf(result, 'xml-5')).toEqual([
			['feedback-dropped', 'Non.'],
			['unit-dropped', 'an']
		]);
	});

	it('matching, ordering and a one-gap select question', () => {
		expect(result.questions[5]).toMatchObject({
			topics: ['cooperation'],
			pairs: [
				{ left: { fr: 'VSSE' }, right: { fr: 'Civil' } },
				{ left: { fr: 'SGRS' }, right: { fr: 'Militaire' } }
			]
		});
		expect(notesOf(result, 'xml-6')).toEqual([['matching-distractor-dropped', 'Douanes']]);
		expect(result.questions[6]).toMatchObject({
			items: [{ text: { fr: 'Premier' } }, { text: { fr: 'Deuxième' } }]
		});
		expect(result.questions[7]).toMatchObject({
			prompt: { fr: 'La VSSE est un service \\_\\_\\_\\_\\_.' },
			options: [
				{ text: { fr: 'civil' }, correct: true },
				{ text: { fr: 'militaire' }, correct: false }
			]
		});
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
		const pack = makePack({ questions, topics, assets: result.assets });
		const checked = validatePack(pack);
		expect(checked.ok ? [] : checked.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
	});
});

describe("Moodle's xml fixtures", () => {
	it('error_invalid_grades.xml: refused, as Moodle refuses it (33 % is not a Moodle grade)', () => {
		const result = read('tests/fixtures/banks/moodle/xml/error_invalid_grades.xml');
		expect(result.questions).toEqual([]);
		expect(result.skipped).toEqual([
			expect.objectContaining({ reason: 'invalid-grade', detail: '33%', line: 4 })
		]);
	});

	it('sample_questions_with_old_image_tag.xml: the cloze is refused, the old image is embedded', () => {
		const result = read('tests/fixtures/banks/moodle/xml/sample_questions_with_old_image_tag.xml');
		expect(result.skipped.filter((s) => !s.questionId)).toEqual([
			expect.objectContaining({ reason: 'unsupported-kind', detail: 'cloze', line: 16 })
		]);
		expect(result.questions).toHaveLength(1);
		expect(result.questions[0]!.prompt.fr).toMatch(/1\.9 !\[\]\(asset:img-moodle-png\)$/);
		expect(result.questions[0]).toMatchObject({
			kind: 'single',
			options: [
				{ text: { fr: 'wrong answer' } },
				{},
				{ text: { fr: 'right answer' }, correct: true }
			]
		});
	});
});

describe('the line of a loss', () => {
	it('points at the element lost (a unit, a moved feedback), not at <question>', () => {
		const xml = [
			'<?xml version="1.0"?>',
			'<quiz>',
			'<question type="numerical">',
			'<name><text>N</text></name>',
			'<questiontext format="html"><text>Combien ?</text></questiontext>',
			'<answer fraction="100"><text>12</text><tolerance>0</tolerance>',
			'<feedback><text>Bien</text></feedback></answer>',
			'<units>',
			'<unit><multiplier>1</multiplier><unit_name>km</unit_name></unit>',
			'</units>',
			'</question>',
			'</quiz>'
		].join('\n');
		const losses = importMoodleXml(xml, { lang: 'fr' }).skipped;
		expect(losses.map((s) => [s.reason, s.detail, s.line])).toEqual([
			['unit-dropped', 'km', 9],
			['feedback-moved', 'Bien', 7]
		]);
	});
});
