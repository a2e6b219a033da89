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

/**
 * Every question once (kept or refused), each loss right under it with the line of the part lost,
 * in the order of the file.
 */
export function bankReport(result: QuestionImport): BankReport {
	const groups: { line: number; entries: ReportEntry[] }[] = [];
	const lossesOf = new Map<string, Skipped[]>();
	for (const s of result.skipped)
		if (s.questionId) lossesOf.set(s.questionId, [...(lossesOf.get(s.questionId) ?? []), s]);
	for (const q of result.questions) {
		const line = result.lines?.[q.id] ?? 0;
		const entries: ReportEntry[] = [
			{ line, kind: 'kept', question: q.id, code: q.kind, detail: '' }
		];
		for (const s of lossesOf.get(q.id) ?? [])
			entries.push({
				line: s.line || line,
				kind: reportKind(s),
				question: q.id,
				code: s.reason,
				detail: s.detail
			});
		groups.push({ line, entries });
	}
	for (const s of result.skipped.filter((x) => !x.questionId))
		groups.push({
			line: s.line,
			entries: [
				{ line: s.line, kind: 'refused', question: s.title, code: s.reason, detail: s.detail }
			]
		});
	// Stable: questions in the order of the file, a question's losses staying right after it.
	const order = groups.map((g, i) => [g, i] as const);
	order.sort(([a, i], [b, j]) => a.line - b.line || i - j);
	return {
		entries: order.flatMap(([g]) => g.entries),
		counts: {
			kept: result.questions.length,
			listed: lossesOf.size,
			refused: result.skipped.filter((s) => !s.questionId).length
		}
	};
}
