/**
 * Files into drafts: a pack file (YAML or JSON, valid or not) to edit, and a GIFT or Aiken
 * question bank merged into a draft's questions.
 */
import { readPackText } from '$lib/packs/parse';
import type { PackIssue } from '$lib/packs/issues';
import { importAiken } from './aiken';
import { importGift } from './gift';
import { freeId } from './paths';
import type { ImportLang, QuestionImport, Skipped } from './question-import';
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

export type BankFormat = 'gift' | 'aiken';

/** GIFT unless the file is `.txt` in Aiken's shape (`ANSWER:` lines) and has no GIFT braces. */
export function bankFormatOf(fileName: string, text: string): BankFormat {
	if (/\.gift$/i.test(fileName)) return 'gift';
	return /^ANSWER:\s*[A-Z]\s*$/im.test(text) && !text.includes('{') ? 'aiken' : 'gift';
}

/** Adds the bank's questions and topics; ids already in the draft get a new number. */
export function mergeBank(
	draft: Draft,
	text: string,
	fileName: string,
	lang: ImportLang
): { draft: Draft; added: number; skipped: Skipped[] } {
	const format = bankFormatOf(fileName, text);
	const source = draft.sources?.[0]?.id;
	const options = { lang, source, idPrefix: format };
	const imported: QuestionImport =
		format === 'aiken' ? importAiken(text, options) : importGift(text, options);
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
			questions: [...(draft.questions ?? []), ...questions]
		},
		added: questions.length,
		skipped
	};
}
