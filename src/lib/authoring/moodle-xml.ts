/**
 * Moodle XML (the format Moodle's question bank exports by default) → pack questions, read as
 * question/format/xml/format.php reads it. Categories become topics; images embedded as
 * `@@PLUGINFILE@@/name` with a base64 `<file>` become pack assets within the pack's limits;
 * HTML becomes Markdown. Kinds Liaison has no equivalent for are refused, by line.
 */
import { DATA_URI_PATTERN, LIMITS } from '$lib/packs/limits';
import { addQuestion, addTopic } from './gift';
import { MoodleMapper, type MAnswer, type MoodleQuestion, type MText } from './moodle-question';
import type { MoodleFormat } from './moodle-text';
import type { ImportOptions, QuestionImport } from './question-import';
import { child, childrenOf, parseXml, textOf, XmlRefused, type XmlElement } from './xml-tree';

const FORMATS: Record<string, MoodleFormat> = {
	html: 'html',
	moodle_auto_format: 'moodle',
	plain_text: 'plain',
	markdown: 'markdown',
	// Moodle's retired wiki format: shown as Moodle's auto-format, the closest Liaison reads.
	wiki_like: 'moodle'
};
const MIME: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp'
};

/**
 * A text element (`<questiontext format="html"><text>…</text><file…/></questiontext>`), read as
 * Moodle's import_text_with_files: with no format attribute the text is in `fallback` (HTML for a
 * question text); a format Moodle does not know is read as HTML (qformat_xml::trans_format).
 */
function mtext(el: XmlElement | undefined, fallback: MoodleFormat = 'html'): MText {
	const attr = el?.attrs.format?.trim();
	return { text: textOf(el), format: attr === undefined ? fallback : (FORMATS[attr] ?? 'html') };
}

const fraction = (el: XmlElement) => Number(el.attrs.fraction ?? 0) / 100;
const answer = (a: XmlElement, fallback: MoodleFormat): MAnswer => ({
	answer: mtext(a, fallback),
	fraction: fraction(a),
	feedback: mtext(child(a, 'feedback'), fallback)
});
/** qformat_xml::trans_single: only `false`, an empty value and `0` (PHP's falsy strings) are false. */
const transSingle = (v: string) => !['false', '', '0'].includes(v.trim());

/** Moodle's import_* functions, one per question type, as a MoodleQuestion. */
function readQuestion(q: XmlElement): MoodleQuestion {
	const type = q.attrs.type ?? '';
	const questiontext = mtext(child(q, 'questiontext'));
	// Moodle 1.9's `<image>` field: Moodle appends it to the question text.
	const old = textOf(q, 'image');
	if (old && textOf(q, 'image_base64'))
		questiontext.text += ` <img src="@@PLUGINFILE@@/${encodeURIComponent(old)}" />`;
	const f = questiontext.format;
	const common = {
		name: textOf(q, 'name'),
		questiontext,
		generalfeedback: mtext(child(q, 'generalfeedback'), f),
		// Old files wrap a hint's text in <hintcontent> (import_hint's backwards compatibility).
		hints: childrenOf(q, 'hint').map((h) => mtext(child(h, 'hintcontent') ?? h, f)),
		overall: ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map((name) =>
			mtext(child(q, name), f)
		)
	};
	const answers = childrenOf(q, 'answer');
	switch (type) {
		case 'multichoice':
			return {
				...common,
				qtype: 'multichoice',
				single: transSingle(child(q, 'single') ? textOf(q, 'single') : 'true'),
				answers: answers.map((a) => answer(a, f))
			};
		case 'truefalse': {
			// As import_truefalse: an answer is `true` or `false` by its text; in old files, whose
			// texts were translated ("Vrai", "Faux"), by its place (true first). The last answer
			// read sets the right one: true is right when `true` is worth 100, or `false` is not.
			let correct = false;
			let feedbackTrue: MText = { text: '', format: f };
			let feedbackFalse: MText = { text: '', format: f };
			answers.forEach((a, i) => {
				const word = textOf(a);
				const isTrue = word === 'true' || (word !== 'false' && i === 0);
				const full = Number(a.attrs.fraction ?? 0) === 100;
				const feedback = mtext(child(a, 'feedback'), f);
				if (isTrue) [correct, feedbackTrue] = [full, feedback];
				else [correct, feedbackFalse] = [!full, feedback];
			});
			return { ...common, qtype: 'truefalse', correct, feedbackTrue, feedbackFalse };
		}
		case 'shortanswer':
			// A short answer is compared as typed: Moodle ignores its format attribute.
			return {
				...common,
				qtype: 'shortanswer',
				// <usecase>: PHP reads any value but empty and 0 as true.
				caseSensitive: !['', '0'].includes(textOf(q, 'usecase')),
				answers: answers.map((a) => ({
					...answer(a, f),
					answer: { text: textOf(a), format: 'plain' }
				}))
			};
		case 'numerical':
			return {
				...common,
				qtype: 'numerical',
				answers: answers.map((a) => ({
					answer: textOf(a) || '*',
					tolerance: Number(textOf(a, 'tolerance') || 0),
					fraction: fraction(a),
					feedback: mtext(child(a, 'feedback'), f)
				})),
				units: childrenOf(child(q, 'units'), 'unit').map((u) => textOf(u, 'unit_name'))
			};
		case 'matching':
			return {
				...common,
				qtype: 'match',
				subquestions: childrenOf(q, 'subquestion').map((s) => ({
					text: mtext(s, f),
					answer: textOf(s, 'answer')
				}))
			};
		case 'ordering': {
			// qtype_ordering writes the answers in the right order, numbered by `fraction`.
			const items = [...answers].sort(
				(a, b) => Number(a.attrs.fraction) - Number(b.attrs.fraction)
			);
			return { ...common, qtype: 'ordering', items: items.map((a) => mtext(a, f)) };
		}
		case 'gapselect':
		case 'ddwtos':
			return oneGap(q, common, type);
		case 'description':
		case 'essay':
			return { ...common, qtype: type };
		default:
			return { ...common, qtype: 'other', original: type };
	}
}

/** A select-missing-words or drag-into-text question with one gap is a single choice. */
function oneGap(
	q: XmlElement,
	common: Omit<MoodleQuestion, 'qtype'>,
	type: string
): MoodleQuestion {
	const gaps = [...new Set(common.questiontext.text.match(/\[\[\d+\]\]/g) ?? [])];
	const choices = childrenOf(q, type === 'gapselect' ? 'selectoption' : 'dragbox').map((c) => ({
		text: textOf(c),
		group: textOf(c, 'group') || '1'
	}));
	const right = choices[Number(gaps[0]?.slice(2, -2)) - 1];
	if (gaps.length !== 1 || !right)
		return { ...common, qtype: 'other', original: `${type} (${gaps.length})` };
	const group = choices.filter((c) => c.group === right.group);
	return {
		...common,
		questiontext: {
			...common.questiontext,
			text: common.questiontext.text.replace(gaps[0]!, '_____')
		},
		qtype: 'multichoice',
		single: true,
		answers: group.map((c) => ({
			answer: { text: c.text, format: 'plain' },
			fraction: c === right ? 1 : 0,
			feedback: { text: '', format: 'plain' }
		}))
	};
}

/** Embedded files of a question, as data: URIs keyed by file name. */
function files(q: XmlElement): Map<string, string> {
	const found = new Map<string, string>();
	const walk = (el: XmlElement) => {
		for (const c of el.children) {
			if (c.name === 'file' && c.attrs.encoding === 'base64' && c.attrs.name) {
				const ext = c.attrs.name.split('.').pop()!.toLowerCase();
				const mime = MIME[ext];
				if (mime) found.set(c.attrs.name, `data:${mime};base64,${c.text.replace(/\s+/g, '')}`);
			} else walk(c);
		}
	};
	walk(q);
	const old = textOf(q, 'image');
	const mime = MIME[old.split('.').pop()!.toLowerCase()];
	if (old && mime && textOf(q, 'image_base64'))
		found.set(old, `data:${mime};base64,${textOf(q, 'image_base64').replace(/\s+/g, '')}`);
	return found;
}

/** Reads a Moodle XML file. Never throws: a file that cannot be read safely is refused whole. */
export function importMoodleXml(input: string, options: ImportOptions): QuestionImport {
	const result: QuestionImport = { questions: [], topics: [], skipped: [], assets: {} };
	let quiz: XmlElement;
	try {
		quiz = parseXml(input.replace(/^\uFEFF/, ''));
		if (quiz.name !== 'quiz') throw new XmlRefused('malformed', quiz.line);
	} catch (e) {
		const code = e instanceof XmlRefused ? e : new XmlRefused('malformed');
		result.skipped.push({ line: code.line, title: '', reason: 'file-refused', detail: code.code });
		return result;
	}
	const assets = result.assets!;
	const fileLines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	let topic: string | undefined;
	for (const q of childrenOf(quiz, 'question')) {
		if (q.attrs.type === 'category') {
			topic = addTopic(result, options, textOf(q, 'category'));
			continue;
		}
		const embedded = files(q);
		const images = (src: string) => {
			const name = decodeURIComponent(src.replace(/^@@PLUGINFILE@@\//, '').split(/[?#]/)[0]!);
			const data = src.startsWith('@@PLUGINFILE@@/') ? embedded.get(name) : undefined;
			if (!data || data.length > LIMITS.maxAssetLength || !DATA_URI_PATTERN.test(data)) return null;
			const same = Object.entries(assets).find(([, v]) => v === data);
			if (same) return same[0];
			const base = `img-${name
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.slice(0, 50)}`.replace(/-+$/, '');
			let key = base;
			for (let i = 2; key in assets; i++) key = `${base}-${i}`;
			assets[key] = data;
			return key;
		};
		const mapper = new MoodleMapper(options, images);
		// The question's own lines, up to its end tag: where its losses are looked for.
		const from = fileLines.slice(q.line - 1);
		const end = from.findIndex((l) => l.includes('</question>'));
		const source = from.slice(0, end < 0 ? undefined : end + 1).join('\n');
		addQuestion(result, mapper, options, readQuestion(q), q.line, topic, 'xml', source);
	}
	return result;
}
