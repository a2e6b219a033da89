/** Every citation in a pack with where it sits, and the verbatim quote check. */
import { formatPath, type PathSegment } from './issues.ts';
import type { Citation, Pack, Question } from './schema.ts';

export interface LocatedCitation {
	path: string;
	citation: Citation;
}

export function collectCitations(pack: Pack): LocatedCitation[] {
	const out: LocatedCitation[] = [];
	const add = (path: PathSegment[], citation: Citation) =>
		out.push({ path: formatPath([...path, 'citation']), citation });
	const question = (path: PathSegment[], q: Question) => add(path, q.citation);
	pack.questions.forEach((q, i) => question(['questions', i], q));
	pack.scenarios.forEach((scenario, i) => {
		for (const [id, step] of Object.entries(scenario.steps)) {
			const path: PathSegment[] = ['scenarios', i, 'steps', id];
			switch (step.kind) {
				case 'decision':
				case 'partners':
				case 'ordering':
					add(path, step.citation);
					break;
				case 'question':
					question([...path, 'question'], step.question);
					break;
				case 'briefing':
				case 'ending':
					break;
				default:
					step satisfies never;
			}
		}
	});
	return out;
}

/** Spaces, non-breaking spaces and apostrophe variants folded, to tell authors what differs. */
function fold(text: string): string {
	return text
		.replace(/[\u2018\u2019\u00b4\u02bc`]/g, "'")
		.replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
		.replace(/\s+/gu, ' ')
		.trim();
}

export type QuoteMatch = 'exact' | 'near' | 'missing';

/** `near`: found only once spaces and apostrophes are normalised (copy the source exactly). */
export function matchQuote(sourceText: string, quote: string): QuoteMatch {
	if (sourceText.includes(quote)) return 'exact';
	return fold(sourceText).includes(fold(quote)) ? 'near' : 'missing';
}
