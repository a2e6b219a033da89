/**
 * The class results as CSV: one row per trainee and step, UTF-8 with a byte-order mark so a
 * spreadsheet opens accents right. Cells are quoted, and a cell that a spreadsheet would read as a
 * formula (=, +, -, @) gets a leading apostrophe: a display name is untrusted text.
 */
import { percentOf } from '$lib/engine/score';
import type { Answer } from '$lib/engine/answers';
import type { ClassResult } from './format';

export const CSV_BOM = '\uFEFF';

export type CsvHeader = Record<
	| 'name'
	| 'step'
	| 'answer'
	| 'points'
	| 'max'
	| 'total'
	| 'totalMax'
	| 'percent'
	| 'ending'
	| 'started'
	| 'ended',
	string
>;

function cell(value: string | number): string {
	const text = String(value);
	const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
}

/** What was chosen, as short text: a choice id, partner ids, an order, an answer. */
export function answerText(answer: Answer | null): string {
	if (!answer) return '';
	switch (answer.kind) {
		case 'continue':
			return '';
		case 'decision':
			return answer.choiceId;
		case 'partners':
			return answer.actors.join(' + ');
		case 'single':
			return answer.optionId;
		case 'multiple':
			return answer.optionIds.join(' + ');
		case 'truefalse':
			return String(answer.value);
		case 'matching':
			return Object.entries(answer.pairs)
				.map(([l, r]) => `${l}=${r}`)
				.join(' ');
		case 'ordering':
			return answer.order.join(' > ');
		case 'short':
			return answer.text;
		case 'numeric':
			return String(answer.value);
	}
}

export function classCsv(results: readonly ClassResult[], header: CsvHeader): string {
	const keys = Object.keys(header) as Array<keyof CsvHeader>;
	const rows = [keys.map((k) => cell(header[k])).join(',')];
	for (const r of results) {
		const total = {
			name: r.name,
			total: r.points,
			totalMax: r.max,
			percent: percentOf(r.points, r.max),
			ending: r.ending ?? '',
			started: new Date(r.startedAt).toISOString(),
			ended: new Date(r.endedAt).toISOString()
		};
		for (const item of r.items) {
			const row = {
				...total,
				step: item.id,
				answer: answerText(item.answer),
				points: item.points,
				max: item.max
			};
			rows.push(keys.map((k) => cell(row[k])).join(','));
		}
	}
	return CSV_BOM + rows.join('\r\n') + '\r\n';
}
