/**
 * GIFT and Aiken read as Moodle reads them: every import test of Moodle's giftformat_test.php and
 * aikenformat_test.php, Moodle's fixture files and examples.txt, and one test for each class of
 * silent error found when real banks were imported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIFT_CASES } from '../../../tests/fixtures/banks/moodle/gift-cases';
import { importAiken } from './aiken';
import { importGift, readGiftQuestion } from './gift';
import { reportKind, type QuestionImport } from './question-import';

const fixture = (name: string) => readFileSync(`tests/fixtures/banks/moodle/${name}`, 'utf8');
const counts = (r: QuestionImport) => ({
	kept: r.questions.length,
	listed: new Set(r.skipped.filter((s) => s.questionId).map((s) => s.questionId)).size,
	refused: r.skipped.filter((s) => reportKind(s) === 'refused').length
});
const gift = (text: string) => importGift(text, { lang: 'fr' });
const notes = (r: QuestionImport) => r.skipped.map((s) => [s.reason, s.detail]);

describe("Moodle's giftformat_test.php import cases", () => {
	for (const c of GIFT_CASES) {
		it(`${c.test}: reads what Moodle reads`, () => {
			const read = readGiftQuestion(c.gift.split(/[\n\r]/));
			expect(read).toEqual({ question: c.moodle });
		});
		it(`${c.test}: Liaison ${'kind' in c.liaison ? `keeps a ${c.liaison.kind}` : 'refuses it'}`, () => {
			const result = gift(c.gift);
			if ('kind' in c.liaison) expect(result.questions[0]!.kind).toBe(c.liaison.kind);
			else expect(result.skipped[0]).toMatchObject({ reason: c.liaison.refused });
		});
	}

	it('matching: each side in its own format, the empty one listed as a distractor', () => {
		const result = gift(GIFT_CASES.find((c) => c.test === 'test_import_match')!.gift);
		expect(result.questions[0]).toMatchObject({
			prompt: { fr: 'Match the **activity** to the description.' },
			pairs: [
				{
					left: { fr: 'An activity supporting asynchronous discussions.' },
					right: { fr: 'Forum' }
				},
				{}, // [moodle]
				{}, // [plain]
				{ right: { fr: 'Wiki' } }
			]
		});
		expect(notes(result)).toEqual([['matching-distractor-dropped', 'Chat']]);
	});

	it('numerical catch-all feedback (`~#…`) is read, and listed since Liaison has no place for it', () => {
		const result = gift('What is a number from 1 to 5? {#3:2 ~#Completely wrong}');
		expect(result.questions[0]).toMatchObject({ kind: 'numeric', answer: 3, tolerance: 2 });
		expect(notes(result)).toEqual([['feedback-dropped', 'Completely wrong']]);
	});
});

describe("Moodle's fixture files and examples.txt", () => {
	it('questions.gift.txt: 8 kept (the essay refused), every loss listed', () => {
		const result = gift(fixture('gift-questions.gift.txt'));
		expect(counts(result)).toEqual({ kept: 8, listed: 3, refused: 1 });
		// The stray `";` after a closing brace makes Moodle read a missing-word question.
		expect(result.questions[3]!.prompt.fr).toBe('What is a number from 1 to 5? \\_\\_\\_\\_\\_";');
		expect(result.questions[5]).toMatchObject({
			kind: 'truefalse',
			answer: false,
			feedbackTrue: { fr: '42 is the Ultimate Answer.' },
			feedbackFalse: { fr: 'You gave the right answer.' },
			explanation: { fr: "This is, of course, a Hitchiker's Guide to the Galaxy reference." }
		});
	});

	it('questions_in_category.gift.txt: the category becomes a topic; the http link is listed', () => {
		const result = gift(fixture('gift-questions_in_category.gift.txt'));
		expect(counts(result)).toEqual({ kept: 4, listed: 3, refused: 0 });
		expect(result.topics).toEqual([
			{ id: 'default-for-new-features', label: { fr: 'Default for New Features' } }
		]);
		expect(result.questions[1]!.prompt.fr).toBe(
			'Listen to this greeting:\\\n\\\nWhat language is being spoken?'
		);
		expect(notes(result)).toContainEqual([
			'link-dropped',
			'http://demo.moodle.net/file.php/5/media/bonjour.mp3'
		]);
		expect(result.questions[3]!.prompt.fr).toBe(
			'Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.'
		);
		expect(result.skipped).toContainEqual(
			expect.objectContaining({ reason: 'html-stripped', questionId: 'gift-4', line: 26 })
		);
	});

	it('examples.txt: 40 kept, 3 single-choice questions with partial credit refused', () => {
		const result = gift(fixture('gift-examples.txt'));
		expect(counts(result)).toEqual({ kept: 40, listed: 6, refused: 3 });
		expect(result.skipped.filter((s) => !s.questionId).map((s) => [s.reason, s.line])).toEqual([
			['single-partial-credit', 115],
			['single-partial-credit', 117],
			['single-partial-credit', 190]
		]);
		const byPrompt = (start: string) =>
			result.questions.filter((q) => q.prompt.fr!.startsWith(start));
		// Right 50/50 with wrong −50/−50 is exactly Liaison's unweighted scoring; wrong at 0 is not.
		const [zero, penalty] = byPrompt('What two people');
		expect(zero!.kind === 'multiple' && zero!.options.map((o) => o.weight)).toEqual([0, 50, 50, 0]);
		expect(penalty!.kind === 'multiple' && penalty!.options.map((o) => o.weight)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined
		]);
		const control = byPrompt('Which of the following is NOT')[0]!;
		expect(control.kind === 'single' && control.options.map((o) => o.text.fr)).toEqual([
			'~',
			'=',
			'#',
			'{',
			'}',
			'\\'
		]);
		expect(byPrompt('[markdown]')).toEqual([]);
		expect(byPrompt("Who's buried in **Grant's tomb**?")).toHaveLength(1);
		expect(byPrompt('What is the value of pi')[1]).toMatchObject({
			answer: 3.1415,
			tolerance: 0.0005
		});
	});
});

describe("Moodle's aikenformat_test.php", () => {
	const result = importAiken(fixture('aiken_errors.txt'), { lang: 'fr' });

	it('keeps the three good questions, the one without a space after the letter too', () => {
		expect(result.questions.map((q) => q.prompt.fr)).toEqual([
			'A good question',
			'A second good question',
			'A third good question with HTML chars such as \\> \\< \\&'
		]);
		expect(result.questions[1]).toMatchObject({
			options: [
				{ text: { fr: 'Incorrect (No space)' }, correct: false },
				{ text: { fr: 'Correct (No space)' }, correct: true }
			]
		});
		expect(result.questions[2]).toMatchObject({
			options: [{ text: { fr: 'Correct (< > &)' }, correct: true }, {}]
		});
	});

	it('lists each error Moodle reports, by line', () => {
		expect(result.skipped.map((s) => [s.reason, s.line])).toEqual([
			['too-few-options', 1],
			['stray-line', 5],
			['stray-line', 7],
			['syntax', 14]
		]);
	});

	it('questions.aiken.txt: the HTML-looking text shows as typed', () => {
		const read = importAiken(fixture('questions.aiken.txt'), { lang: 'nl' });
		expect(counts(read)).toEqual({ kept: 2, listed: 0, refused: 0 });
		expect(read.questions[1]!.prompt.nl).toBe(
			'Moodle\'s abilities include handling user input that includes \\<html class="cool"\\> \\& images:'
		);
	});
});

describe('the silent errors found with real banks', () => {
	it('a format marker is read and removed on every part', () => {
		const result = gift(
			'[html]<p>Q</p>{=[plain]right#[markdown]fine ~[moodle]wrong#[html]<i>no</i> ####[plain]*see*}'
		);
		expect(result.questions[0]).toMatchObject({
			prompt: { fr: 'Q' },
			options: [
				{ text: { fr: 'right' }, feedback: { fr: 'fine' } },
				{ text: { fr: 'wrong' }, feedback: { fr: 'no' } }
			],
			explanation: { fr: '\\*see\\*' }
		});
	});

	it('an [html] question strips the raw HTML of its answers, and lists what it cannot keep', () => {
		const result = gift(
			// In GIFT, `=` and `:` inside HTML are escaped, as Moodle writes them.
			'[html]Pick <img src\\="http\\://x/a.png">{=<span style\\="color\\:red">A</span><br>B#<b>ok</b> ~C}'
		);
		expect(result.questions[0]).toMatchObject({
			options: [{ text: { fr: 'A\nB' }, feedback: { fr: 'ok' } }, { text: { fr: 'C' } }]
		});
		expect(notes(result)).toEqual(
			expect.arrayContaining([
				['image-dropped', 'http://x/a.png'],
				['html-stripped', '<span style="color:red">A</span><br>B'],
				['html-stripped', '<b>ok</b>']
			])
		);
	});

	it('a single-choice question with partial credit is refused, never made multi-select', () => {
		const result = gift('Q {=right ~%50%half ~wrong}');
		expect(result.questions).toEqual([]);
		expect(result.skipped).toEqual([
			expect.objectContaining({ reason: 'single-partial-credit', detail: '50% half' })
		]);
	});

	it('plain text is shown as typed, not read as Markdown', () => {
		const result = gift('[plain]Is <html class="x"> *bold* \\\\ ? {T}');
		expect(result.questions[0]!.prompt.fr).toBe('Is \\<html class="x"\\> \\*bold\\* \\\\ ?');
	});

	it('`\\\\neq` stays TeX, it is not a line break', () => {
		const result = gift('[markdown]$a \\\\neq b$ {T}');
		expect(result.questions[0]!.prompt.fr).toBe('$a \\neq b$');
	});

	it('Aiken: stray lines are listed, never glued onto the next question', () => {
		const read = importAiken(
			'Title of the bank\nQ1?\nA) a\nB) b\nANSWER: B\nC) late\nQ2?\rA.x\rB.y\rANSWER: A',
			{
				lang: 'fr'
			}
		);
		expect(read.questions.map((q) => q.prompt.fr)).toEqual(['Q1?', 'Q2?']);
		expect(read.skipped.map((s) => [s.reason, s.line, s.detail])).toEqual([
			['syntax', 1, 'Title of the bank'],
			['stray-line', 6, 'C) late']
		]);
		expect(read.questions[1]).toMatchObject({
			options: [{ text: { fr: 'x' }, correct: true }, {}]
		});
	});

	it('a question glued under a $CATEGORY line is listed, not lost', () => {
		const result = gift('$CATEGORY: $course$/top/Acteurs\nQui ? {=OCAM ~CTIF}');
		expect(result.topics).toEqual([{ id: 'acteurs', label: { fr: 'Acteurs' } }]);
		expect(result.skipped).toEqual([
			expect.objectContaining({ reason: 'syntax', line: 2, detail: 'Qui ? {=OCAM ~CTIF}' })
		]);
	});

	it('a weight Moodle does not offer is refused, as Moodle refuses it', () => {
		expect(gift('Q {~%45%a ~%55%b ~c}').skipped).toEqual([
			expect.objectContaining({ reason: 'invalid-grade', detail: '45%' })
		]);
	});

	it('multiple answers whose positive weights miss 100 % are refused, as Moodle refuses them', () => {
		expect(gift('Q {~%50%a ~%25%b ~c}').skipped).toEqual([
			expect.objectContaining({ reason: 'no-right-answer' })
		]);
	});
});
