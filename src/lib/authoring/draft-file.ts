/**
 * Files into drafts: a pack file (YAML or JSON, valid or not) to edit, and a GIFT, Aiken or
 * Moodle XML question bank merged into a draft's questions.
 */
import { readPackText } from '$lib/packs/parse';
import type { PackIssue } from '$lib/packs/issues';
import { importAiken } from './aiken';
import { importGift } from './gift';
import { importMoodleXml } from './moodle-xml';
import { freeId } from './paths';
import type { ImportLang, ImportOptions, QuestionImport, Skipped } from './question-import';
import type { Draft } from './templates';

export function draftFromFile(
	text: string,
	fileName: string
): { ok: true; draft: Draft } | { ok: false; issues: PackIssue[] } {
	const read = readPackText(text, fileName);
	if (!read.ok) return read;
	if (!read.value || typeof read.value !== 'object' || Array.isArray(read.value)) {
		return {
			ok: false,
			issues: [
				{
					path: '',
					code: 'schema.type',
					severity: 'error',
					params: { expected: 'object', received: typeof read.value }
				}
			]
		};
	}
	return { ok: true, draft: read.value as Draft };
}

export type BankFormat = 'gift' | 'aiken' | 'xml';

/**
 * Moodle XML for `.xml` or a file that starts with `<`; else GIFT unless the file is in Aiken's
 * shape (`ANSWER:` lines) and has no GIFT braces.
 */
export function bankFormatOf(fileName: string, text: string): BankFormat {
	if (/\.xml$/i.test(fileName) || /^\uFEFF?\s*</.test(text)) return 'xml';
	if (/\.gift$/i.test(fileName)) return 'gift';
	return /^ANSWER:/m.test(text) && !text.includes('{') ? 'aiken' : 'gift';
}

/** Reads a question bank in the format its name and content say. */
export function importBank(text: string, fileName: string, options: ImportOptions): QuestionImport {
	const format = bankFormatOf(fileName, text);
	const withPrefix = { idPrefix: format, ...options };
	if (format === 'xml') return importMoodleXml(text, withPrefix);
	return format === 'aiken' ? importAiken(text, withPrefix) : importGift(text, withPrefix);
}

/** Adds the bank's questions and topics; ids already in the draft get a new number. */
export function mergeBank(
	draft: Draft,
	text: string,
	fileName: string,
	lang: ImportLang
): { draft: Draft; added: number; skipped: Skipped[] } {
	const source = draft.sources?.[0]?.id;
	const imported = importBank(text, fileName, { lang, source });
	const assets = { ...(draft.assets ?? {}) };
	// An image key the draft already uses for another image gets a new one, in the texts too.
	let json = JSON.stringify(imported.questions);
	for (const [key, data] of Object.entries(imported.assets ?? {})) {
		let free = key;
		for (let i = 2; Object.hasOwn(assets, free) && assets[free] !== data; i++) free = `${key}-${i}`;
		assets[free] = data;
		if (free !== key) json = json.replaceAll(`(asset:${key})`, `(asset:${free})`);
	}
	imported.questions = JSON.parse(json) as QuestionImport['questions'];
	const taken = new Set((draft.questions ?? []).map((q) => q.id));
	const renamed = new Map<string, string>();
	const questions = imported.questions.map((q) => {
		const id = taken.has(q.id) ? freeId(`${q.id}-`, taken) : q.id;
		taken.add(id);
		if (id !== q.id) renamed.set(q.id, id);
		return { ...q, id };
	});
	const topicIds = new Set((draft.topics ?? []).map((t) => t.id));
	const topics = imported.topics.filter((t) => !topicIds.has(t.id));
	const skipped = imported.skipped.map((s) =>
		s.questionId && renamed.has(s.questionId) ? { ...s, questionId: renamed.get(s.questionId) } : s
	);
	return {
		draft: {
			...draft,
			topics: [...(draft.topics ?? []), ...topics],
			questions: [...(draft.questions ?? []), ...questions],
			...(Object.keys(assets).length > 0 && { assets })
		},
		added: questions.length,
		skipped
	};
}
