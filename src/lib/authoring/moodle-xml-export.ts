/**
 * Pack questions → Moodle XML, in one language, in the shape Moodle's question bank exports, so
 * that Moodle and Liaison's reader read back the same questions. Prompts and explanations are
 * Markdown (`format="markdown"`), with the pack's images embedded as `@@PLUGINFILE@@` files;
 * options, feedback and pairs are plain text. Every kind Liaison has is carried.
 */
import type { BankExport, ExportNote } from './gift-export';
import { percent } from './moodle-question';
import type { ImportLang, QuestionInput, TopicInput } from './question-import';

type Text = Record<string, string | undefined> | undefined;

// Characters XML 1.0 cannot hold at all are dropped; the rest is escaped.
const xmlChar = (c: string) => c >= ' ' || c === '\t' || c === '\n' || c === '\r';
const esc = (s: string) =>
	[...s]
		.filter(xmlChar)
		.join('')
		.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const EXT: Record<string, string> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp' };

export function exportMoodleXml(
	questions: readonly QuestionInput[],
	topics: readonly TopicInput[],
	lang: ImportLang,
	assets: Readonly<Record<string, string>> = {}
): BankExport {
	const notes: ExportNote[] = [];
	const t = (x: Text) => x?.[lang] ?? '';
	const plainText = (s: string) => `<text>${esc(s)}</text>`;
	/** A Markdown text with its images as embedded files. */
	const markdown = (tag: string, s: string) => {
		const files = new Map<string, string>();
		const text = s.replace(/!\[([^\]]*)\]\(asset:([^)\s]+)\)/g, (all, alt: string, key: string) => {
			const data = Object.hasOwn(assets, key) ? assets[key]! : '';
			const m = /^data:image\/(\w+);base64,(.*)$/s.exec(data);
			if (!m) return all;
			const name = `${key}.${EXT[m[1]!] ?? m[1]}`;
			files.set(name, m[2]!);
			return `![${alt}](@@PLUGINFILE@@/${encodeURIComponent(name)})`;
		});
		const embedded = [...files].map(
			([name, b64]) => `<file name="${esc(name)}" path="/" encoding="base64">${b64}</file>`
		);
		return `<${tag} format="markdown">${plainText(text)}${embedded.join('')}</${tag}>`;
	};
	const feedback = (fb: Text) =>
		t(fb) ? `<feedback format="plain_text">${plainText(t(fb))}</feedback>` : '';
	const answer = (fraction: number, text: string, fb?: Text, format = 'plain_text') =>
		`<answer fraction="${fraction}" format="${format}">${plainText(text)}${feedback(fb)}</answer>`;

	const body = (q: QuestionInput): string[] | null => {
		switch (q.kind) {
			case 'single':
				return [
					'<single>true</single><shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>',
					...q.options.map((o) => answer(o.correct ? 100 : 0, t(o.text), o.feedback))
				];
			case 'multiple': {
				const weighted = q.options.some((o) => o.weight !== undefined);
				const right = q.options.filter((o) => o.correct).length;
				return [
					'<single>false</single><shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>',
					...q.options.map((o) => {
						// Liaison's unweighted scoring is Moodle's with right = 1/n and wrong = −1/n.
						const w = weighted ? (o.weight ?? 0) : percent((o.correct ? 1 : -1) / right);
						return answer(w, t(o.text), o.feedback);
					})
				];
			}
			case 'truefalse':
				return [
					answer(q.answer ? 100 : 0, 'true', q.feedbackTrue, 'moodle_auto_format'),
					answer(q.answer ? 0 : 100, 'false', q.feedbackFalse, 'moodle_auto_format')
				];
			case 'short':
				// `*` is a wildcard in Moodle's short answers: the answer would accept more.
				if (q.accepted.some((a) => a.includes('*'))) return null;
				return [
					'<usecase>0</usecase>',
					...q.accepted.map((a) => answer(100, a, undefined, 'moodle_auto_format'))
				];
			case 'numeric': {
				const unit = t(q.unit);
				return [
					`<answer fraction="100" format="moodle_auto_format">${plainText(String(q.answer))}<tolerance>${q.tolerance ?? 0}</tolerance></answer>`,
					unit
						? `<units><unit><multiplier>1</multiplier><unit_name>${esc(unit)}</unit_name></unit></units><unitgradingtype>0</unitgradingtype><showunits>3</showunits><unitsleft>0</unitsleft>`
						: ''
				];
			}
			case 'matching':
				return [
					'<shuffleanswers>true</shuffleanswers>',
					...q.pairs.map(
						(p) =>
							`<subquestion format="plain_text">${plainText(t(p.left))}<answer>${plainText(t(p.right))}</answer></subquestion>`
					)
				];
			case 'ordering':
				return [
					'<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype><selectcount>0</selectcount><gradingtype>ABSOLUTE_POSITION</gradingtype>',
					...q.items.map((item, i) => answer(i + 1, t(item.text)))
				];
			default:
				return null;
		}
	};

	const TYPE: Record<string, string> = {
		single: 'multichoice',
		multiple: 'multichoice',
		truefalse: 'truefalse',
		short: 'shortanswer',
		numeric: 'numerical',
		matching: 'matching',
		ordering: 'ordering'
	};
	const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
	let category: string | undefined;
	let count = 0;
	for (const q of questions) {
		const inner = body(q);
		if (!inner) {
			notes.push({ questionId: q.id, reason: 'not-expressible', detail: q.kind });
			continue;
		}
		const topic = topics.find((x) => x.id === q.topics?.[0]);
		const label = topic ? (topic.label[lang] ?? topic.id) : '';
		if (label !== category) {
			const path = `$course$/top${label ? `/${label.replace(/\//g, '//')}` : ''}`;
			out.push(`  <question type="category"><category>${plainText(path)}</category></question>`);
			category = label;
		}
		out.push(
			`  <question type="${TYPE[q.kind]}">`,
			`    <name>${plainText(q.id)}</name>`,
			`    ${markdown('questiontext', t(q.prompt))}`,
			`    ${markdown('generalfeedback', t(q.explanation))}`,
			'    <defaultgrade>1</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden>',
			...inner.filter(Boolean).map((line) => `    ${line}`),
			'  </question>'
		);
		count++;
	}
	out.push('</quiz>', '');
	return { text: out.join('\n'), notes, count };
}
