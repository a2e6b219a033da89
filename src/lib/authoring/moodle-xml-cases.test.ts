/**
 * Moodle XML read as Moodle reads it: every import case of Moodle's xmlformat_test.php (and the XML
 * its export tests expect, read back), and every XML fixture file of its format tests
 * (xmlformat_test.php, qformat_xml_import_export_test.php, the import/export Behat feature), run
 * through the real importer. See tests/fixtures/banks/moodle/README.md for the counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	XML_CASES,
	wrapXml,
	type XmlOutcome
} from '../../../tests/fixtures/banks/moodle/xml-cases';
import { importMoodleXml } from './moodle-xml';
import type { QuestionImport } from './question-import';

const fixture = (name: string) =>
	importMoodleXml(readFileSync(`tests/fixtures/banks/moodle/xml/${name}`, 'utf8'), { lang: 'fr' });
const losses = (r: QuestionImport) =>
	r.skipped.filter((s) => s.questionId).map((s) => [s.reason, s.detail, s.line]);
const refusals = (r: QuestionImport) =>
	r.skipped.filter((s) => !s.questionId).map((s) => [s.reason, s.detail, s.line]);
/** Questions kept as they are, kept with their losses listed, and refused. */
function counts(r: QuestionImport) {
	const withLoss = new Set(r.skipped.filter((s) => s.questionId).map((s) => s.questionId));
	return {
		kept: r.questions.length - withLoss.size,
		listed: withLoss.size,
		refused: r.skipped.filter((s) => !s.questionId).length
	};
}
const outcome = (o: XmlOutcome) =>
	'nothing' in o
		? 'reads no question'
		: 'refused' in o
			? `refuses it (${o.refused})`
			: 'listed' in o
				? `keeps a ${o.kept.kind} and lists ${o.listed.length} losses`
				: `keeps a ${o.kept.kind} as it is`;

describe("Moodle's xmlformat_test.php import cases", () => {
	for (const c of XML_CASES) {
		it(`${c.test}: Liaison ${outcome(c.liaison)}`, () => {
			const xml = wrapXml(c.xml);
			const result = importMoodleXml(xml, { lang: 'fr' });
			const o = c.liaison;
			if ('nothing' in o) {
				expect(result).toMatchObject({ questions: [], skipped: [] });
				return;
			}
			if ('refused' in o) {
				const line = xml.split('\n').findIndex((l) => l.includes('<question')) + 1;
				expect(result.questions).toEqual([]);
				expect(refusals(result)).toEqual([[o.refused, o.detail, line]]);
				return;
			}
			expect(result.questions).toHaveLength(1);
			const { id, actors, citation, ...question } = result.questions[0]!;
			expect({ id, actors, citation }).toEqual({
				id: 'xml-1',
				actors: [],
				citation: { source: '', quote: '' }
			});
			expect(question).toEqual(o.kept);
			expect(losses(result)).toEqual('listed' in o ? o.listed : []);
			expect(refusals(result)).toEqual([]);
		});
	}

	it('counts: 3 kept as they are, 7 kept with their losses listed, 13 refused, 1 with no question', () => {
		const tally = { kept: 0, listed: 0, refused: 0, nothing: 0 };
		for (const { liaison: o } of XML_CASES)
			tally[
				'nothing' in o ? 'nothing' : 'refused' in o ? 'refused' : 'listed' in o ? 'listed' : 'kept'
			]++;
		expect(tally).toEqual({ kept: 3, listed: 7, refused: 13, nothing: 1 });
	});
});

describe("Moodle's XML fixture files", () => {
	const trueFalse = (prompt: string, topic: string) => ({
		prompt: { fr: prompt },
		topics: [topic],
		explanation: { fr: '' },
		kind: 'truefalse',
		answer: true
	});

	it('truefalse.xml: both questions kept, right answer and feedback on the right side; images embedded or listed', () => {
		const result = fixture('truefalse.xml');
		expect(counts(result)).toEqual({ kept: 0, listed: 2, refused: 0 });
		expect(result.topics).toEqual([{ id: 'truefalse', label: { fr: 'TrueFalse' } }]);
		expect(result.questions[0]).toMatchObject({
			prompt: {
				fr: 'Moodle ![Moodle logo](asset:img-logo-jpg) is an acronym for Modular Object-Oriented Dynamic Learning Education.'
			},
			explanation: {
				fr: '![Informations](asset:img-infos-jpg)For further information, see the documentation about Moodle.'
			},
			kind: 'truefalse',
			answer: false,
			feedbackTrue: { fr: 'Your answer is incorrect.' },
			feedbackFalse: { fr: 'Your answer is correct.' }
		});
		expect(result.questions[1]).toMatchObject({
			kind: 'truefalse',
			answer: true,
			feedbackTrue: { fr: 'Your answer is correct.' },
			feedbackFalse: { fr: 'Your answer is incorrect.' }
		});
		expect(Object.keys(result.assets!)).toEqual(['img-logo-jpg', 'img-infos-jpg']);
		expect(losses(result)).toEqual([
			['html-stripped', expect.stringMatching(/^<p>Moodle <img/), 17],
			['link-dropped', 'http://docs.moodle.org/en/About_Moodle', 20],
			['image-dropped', '@@PLUGINFILE@@/thumbdown.jpg', 28],
			['image-dropped', '@@PLUGINFILE@@/thumbup.jpg', 34],
			['html-stripped', expect.stringMatching(/^<p>Moodle <img/), 45],
			['link-dropped', 'http://docs.moodle.org/en/About_Moodle', 48],
			['image-dropped', '@@PLUGINFILE@@/thumbup.jpg', 57],
			['image-dropped', '@@PLUGINFILE@@/thumbdown.jpg', 63]
		]);
	});

	it('multichoice.xml: a single choice with French right; the sound and the flags are listed', () => {
		const result = fixture('multichoice.xml');
		expect(counts(result)).toEqual({ kept: 0, listed: 1, refused: 0 });
		expect(result.questions[0]).toMatchObject({
			prompt: { fr: 'Listen to this greeting:\\\n\\\nWhat language is being spoken?' },
			topics: ['multichoice'],
			kind: 'single',
			options: [
				{ text: { fr: 'English' }, correct: false, feedback: { fr: 'Sorry, listen again.' } },
				{ text: { fr: 'French' }, correct: true, feedback: { fr: 'Yes, well done!' } },
				{ text: { fr: 'German' }, correct: false },
				{ text: { fr: 'Danish' }, correct: false }
			]
		});
		expect(losses(result)).toEqual([
			['link-dropped', '@@PLUGINFILE@@/bonjour.mp3', 17],
			['image-dropped', '@@PLUGINFILE@@/flag-uk.jpg', 38],
			['image-dropped', '@@PLUGINFILE@@/flag-france.jpg', 44],
			['image-dropped', '@@PLUGINFILE@@/flag-german.jpg', 50],
			['image-dropped', '@@PLUGINFILE@@/flag-denmark.jpg', 56]
		]);
	});

	it('multianswer.xml and broken_cloze_questions.xml: every cloze refused (Moodle refuses the broken five too)', () => {
		const cloze = fixture('multianswer.xml');
		expect(counts(cloze)).toEqual({ kept: 0, listed: 0, refused: 1 });
		expect(refusals(cloze)).toEqual([['unsupported-kind', 'cloze', 12]]);
		const broken = fixture('broken_cloze_questions.xml');
		expect(broken.questions).toEqual([]);
		expect(refusals(broken)).toEqual(
			[4, 20, 36, 52, 68].map((line) => ['unsupported-kind', 'cloze', line])
		);
	});

	it('category_with_description, deprecated_category, export_category, html_chars_in_idnumbers: the question in topic Alpha', () => {
		for (const name of [
			'category_with_description.xml',
			'deprecated_category.xml',
			'export_category.xml',
			'html_chars_in_idnumbers.xml'
		]) {
			const result = fixture(name);
			expect(result.topics, name).toEqual([{ id: 'alpha', label: { fr: 'Alpha' } }]);
			expect(result.questions, name).toMatchObject([trueFalse('Testing Alpha Question', 'alpha')]);
			expect(result.skipped, name).toEqual([]);
		}
	});

	it('nested categories: each category a topic, each question in its own', () => {
		const nested = fixture('nested_categories.xml');
		expect(nested.topics.map((t) => t.label.fr)).toEqual(['Delta', 'Epsilon', 'Zeta']);
		expect(nested.questions).toMatchObject([trueFalse('Testing Zeta Question', 'zeta')]);
		const withQuestions = fixture('nested_categories_with_questions.xml');
		expect(counts(withQuestions)).toEqual({ kept: 4, listed: 0, refused: 1 });
		expect(withQuestions.questions).toMatchObject(
			['Iota', 'Kappa', 'Lambda', 'Mu'].map((n) =>
				trueFalse(`Testing ${n} Question`, n.toLowerCase())
			)
		);
		expect(refusals(withQuestions)).toEqual([['essay', 'Testing Kappa Essay Question', 55]]);
	});

	it('old_format_file.xml (categories without info) and categories_reverse_order.xml', () => {
		const old = fixture('old_format_file.xml');
		expect(old.questions).toMatchObject([
			trueFalse('Testing Pi Question', 'pi'),
			trueFalse('Testing Rho Question', 'rho')
		]);
		expect(old.skipped).toEqual([]);
		const reverse = fixture('categories_reverse_order.xml');
		expect(reverse.topics.map((t) => t.label.fr)).toEqual(['Tau', 'Sigma']);
		expect(refusals(reverse)).toEqual([['essay', 'Testing Tau Question', 14]]);
		// `no` and `may be` are worth 0 % with no feedback: wrong in Liaison as in Moodle, nothing lost.
		expect(reverse.questions).toMatchObject([
			{
				prompt: { fr: 'Testing Sigma Question' },
				topics: ['sigma'],
				kind: 'short',
				accepted: ['yes']
			}
		]);
		expect(losses(reverse)).toEqual([]);
	});

	it('counts over the 14 files: 13 kept as they are, 3 with their losses listed, 10 refused', () => {
		const files = [
			'broken_cloze_questions.xml',
			'categories_reverse_order.xml',
			'category_with_description.xml',
			'deprecated_category.xml',
			'error_invalid_grades.xml',
			'export_category.xml',
			'html_chars_in_idnumbers.xml',
			'multianswer.xml',
			'multichoice.xml',
			'nested_categories.xml',
			'nested_categories_with_questions.xml',
			'old_format_file.xml',
			'sample_questions_with_old_image_tag.xml',
			'truefalse.xml'
		];
		const total = { kept: 0, listed: 0, refused: 0 };
		for (const name of files) {
			const c = counts(fixture(name));
			total.kept += c.kept;
			total.listed += c.listed;
			total.refused += c.refused;
		}
		expect(total).toEqual({ kept: 13, listed: 3, refused: 10 });
	});
});

describe('what the fixtures showed Liaison read differently from Moodle', () => {
	const tf = (answers: string) =>
		importMoodleXml(
			wrapXml(
				`<question type="truefalse"><name><text>Q</text></name><questiontext><text>Q</text></questiontext>${answers}</question>`
			),
			{ lang: 'fr' }
		).questions[0];

	it('true/false with translated answer texts: taken by their place, true first, as Moodle does', () => {
		// Before: neither answer was found, and every such question became "false is right".
		expect(
			tf(
				'<answer fraction="100"><text>Vrai</text></answer><answer fraction="0"><text>Faux</text></answer>'
			)
		).toMatchObject({ answer: true });
		expect(
			tf(
				'<answer fraction="0"><text>Waar</text></answer><answer fraction="100"><text>Onwaar</text></answer>'
			)
		).toMatchObject({ answer: false });
	});

	it('<single> follows Moodle: empty or 0 is multiple answers; any other value is single', () => {
		const mc = (single: string) =>
			importMoodleXml(
				wrapXml(
					`<question type="multichoice"><name><text>Q</text></name><questiontext><text>Q</text></questiontext>${single}<answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer><answer fraction="0"><text>c</text></answer></question>`
				),
				{ lang: 'fr' }
			);
		expect(mc('<single></single>').questions[0]).toMatchObject({ kind: 'multiple' });
		expect(mc('<single>0</single>').questions[0]).toMatchObject({ kind: 'multiple' });
		// "False" is not Moodle's "false": Moodle reads a single choice, whose 50 % Liaison refuses.
		expect(mc('<single>False</single>').skipped).toEqual([
			expect.objectContaining({ reason: 'single-partial-credit' })
		]);
	});

	it('a question text with no format is HTML, as in Moodle: a new line is a space, not a break', () => {
		// Before, it was read in Moodle's auto-format, where a new line is a line break.
		const result = importMoodleXml(
			wrapXml(
				'<question type="truefalse"><name><text>Q</text></name><questiontext><text>Is this\ntrue?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>'
			),
			{ lang: 'fr' }
		);
		expect(result.questions[0]!.prompt.fr).toBe('Is this true?');
	});

	it('a case-sensitive short answer (<usecase>1</usecase>) is listed: Liaison ignores case', () => {
		const short = (usecase: string) =>
			importMoodleXml(
				wrapXml(
					`<question type="shortanswer"><name><text>Q</text></name><questiontext><text>Capital?</text></questiontext>${usecase}<answer fraction="100"><text>Paris</text></answer></question>`
				),
				{ lang: 'fr' }
			);
		expect(losses(short('<usecase>1</usecase>'))).toEqual([['case-ignored', 'Paris', 3]]);
		expect(losses(short('<usecase>0</usecase>'))).toEqual([]);
		expect(losses(short(''))).toEqual([]);
	});

	it('two categories of one name under different parents stay two topics', () => {
		// Moodle nests categories; Liaison's topics are flat. Before, both became one topic.
		const category = (path: string) =>
			`<question type="category"><category><text>${path}</text></category></question>`;
		const question = `<question type="truefalse"><name><text>Q</text></name><questiontext><text>Q</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`;
		const result = importMoodleXml(
			wrapXml(
				[
					category('$course$/top/Chapitre 1/Exercices'),
					question,
					category('$course$/top/Chapitre 2/Exercices'),
					question,
					category('$course$/top/Chapitre 1/Exercices'),
					question
				].join('\n')
			),
			{ lang: 'fr' }
		);
		expect(result.topics).toEqual([
			{ id: 'exercices', label: { fr: 'Exercices' } },
			{ id: 'chapitre-2-exercices', label: { fr: 'Chapitre 2 / Exercices' } }
		]);
		expect(result.questions.map((q) => q.topics)).toEqual([
			['exercices'],
			['chapitre-2-exercices'],
			['exercices']
		]);
	});

	it('a numerical answer that is not a number is refused, as Moodle refuses it', () => {
		// Before, "3,14" became the answer NaN: a question no answer could ever satisfy.
		const result = importMoodleXml(
			wrapXml(
				'<question type="numerical"><name><text>Pi</text></name><questiontext><text>Pi?</text></questiontext><answer fraction="100"><text>3,14</text><tolerance>0.01</tolerance></answer></question>'
			),
			{ lang: 'fr' }
		);
		expect(result.questions).toEqual([]);
		expect(refusals(result)).toEqual([['syntax', '3,14', 3]]);
	});
});
