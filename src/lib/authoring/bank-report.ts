/**
 * The import report, question by question and by line: what was kept, changed, dropped or
 * refused. Shared by the editor and `npm run bank:import`; the wording comes from the caller.
 */
import { reportKind, type QuestionImport, type Skipped } from './question-import';

export type ReportKind = 'kept' | 'changed' | 'dropped' | 'refused';

export interface ReportEntry {
	line: number;
	kind: ReportKind;
	/** The imported question's id, or its Moodle name when refused. */
	question: string;
	/** A question kind (kept) or a reason code (the others). */
	code: string;
	detail: string;
}

export interface BankReport {
	entries: ReportEntry[];
	counts: { kept: number; listed: number; refused: number };
}

/** Every question once (kept or refused), each loss under it, in the order of the file. */
export function bankReport(result: QuestionImport): BankReport {
	const entries: ReportEntry[] = [];
	const lossesOf = new Map<string, Skipped[]>();
	for (const s of result.skipped)
		if (s.questionId) lossesOf.set(s.questionId, [...(lossesOf.get(s.questionId) ?? []), s]);
	for (const q of result.questions) {
		const line = result.lines?.[q.id] ?? 0;
		entries.push({ line, kind: 'kept', question: q.id, code: q.kind, detail: '' });
		for (const s of lossesOf.get(q.id) ?? [])
			entries.push({ line, kind: reportKind(s), question: q.id, code: s.reason, detail: s.detail });
	}
	for (const s of result.skipped.filter((x) => !x.questionId))
		entries.push({
			line: s.line,
			kind: 'refused',
			question: s.title,
			code: s.reason,
			detail: s.detail
		});
	// Stable: a question's losses stay right after it.
	const order = entries.map((e, i) => [e, i] as const);
	order.sort(([a, i], [b, j]) => a.line - b.line || i - j);
	return {
		entries: order.map(([e]) => e),
		counts: {
			kept: result.questions.length,
			listed: lossesOf.size,
			refused: result.skipped.filter((s) => !s.questionId).length
		}
	};
}
