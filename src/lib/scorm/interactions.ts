/**
 * One SCORM interaction per answered step: its type, the learner's response, the correct response
 * pattern and the result, written in the syntax of SCORM 1.2 or 2004 (they differ in separators,
 * true-false values and result words).
 */
import type { Answer, HistoryEntry } from '$lib/engine';
import { bestStepAnswer } from '$lib/engine';
import type { Lang } from '$lib/i18n/languages';
import { localize } from '$lib/i18n/pack-text';
import type { LocalizedText, Question, Step } from '$lib/packs/schema';
import type { ScormVersion } from './version';

export type InteractionType =
	'choice' | 'sequencing' | 'matching' | 'fill-in' | 'numeric' | 'true-false';

/** A response before it is written in one version's syntax. */
export type Response =
	| { kind: 'ids'; ids: string[] }
	| { kind: 'pairs'; pairs: [string, string][] }
	| { kind: 'text'; text: string }
	| { kind: 'number'; value: number; min?: number; max?: number }
	| { kind: 'bool'; value: boolean };

export interface Interaction {
	/** `scenario.step`: stable across pack versions as long as the author keeps the ids. */
	id: string;
	type: InteractionType;
	response: Response;
	correct: Response;
	/** Full marks, partial credit (the points) or none. */
	result: 'correct' | 'wrong' | number;
	weighting: number;
	latencyMs: number;
	/** Epoch ms of the answer. */
	at: number;
	/** The step's prompt in the learner's language (2004 only: 1.2 has no description). */
	description: string;
	lang: Lang;
}

/** SCORM identifiers allow no spaces; pack ids never have any, this is a safety net. */
export const scormId = (id: string) => id.replace(/[^\w.\-:]/g, '_').slice(0, 250) || '_';

function questionType(question: Question): InteractionType {
	switch (question.kind) {
		case 'single':
		case 'multiple':
			return 'choice';
		case 'truefalse':
			return 'true-false';
		case 'matching':
			return 'matching';
		case 'ordering':
			return 'sequencing';
		case 'short':
			return 'fill-in';
		case 'numeric':
			return 'numeric';
	}
}

/** The interaction type of a scored step; null for a briefing or an ending. */
export function stepType(step: Step): InteractionType | null {
	switch (step.kind) {
		case 'decision':
		case 'partners':
			return 'choice';
		case 'ordering':
			return 'sequencing';
		case 'question':
			return questionType(step.question);
		default:
			return null;
	}
}

/** An engine answer as a SCORM response (the shape follows the answer kind). */
export function responseOf(answer: Answer): Response {
	switch (answer.kind) {
		case 'continue':
			return { kind: 'ids', ids: [] };
		case 'decision':
			return { kind: 'ids', ids: [answer.choiceId] };
		case 'partners':
			return { kind: 'ids', ids: answer.actors };
		case 'single':
			return { kind: 'ids', ids: [answer.optionId] };
		case 'multiple':
			return { kind: 'ids', ids: answer.optionIds };
		case 'ordering':
			return { kind: 'ids', ids: answer.order };
		case 'matching':
			return { kind: 'pairs', pairs: Object.entries(answer.pairs) };
		case 'truefalse':
			return { kind: 'bool', value: answer.value };
		case 'short':
			return { kind: 'text', text: answer.text };
		case 'numeric':
			return { kind: 'number', value: answer.value };
	}
}

function correctOf(step: Step): Response {
	const best = bestStepAnswer(step);
	if (step.kind === 'question' && step.question.kind === 'numeric') {
		const { answer, tolerance } = step.question;
		return { kind: 'number', value: answer, min: answer - tolerance, max: answer + tolerance };
	}
	return best ? responseOf(best) : { kind: 'ids', ids: [] };
}

function promptOf(step: Step): LocalizedText | undefined {
	return step.kind === 'question' ? step.question.prompt : step.text;
}

export interface AnsweredStep {
	scenarioId: string;
	step: Step;
	entry: HistoryEntry;
	latencyMs: number;
	at: number;
	lang: Lang;
}

/** The interaction for one history entry; null for a briefing (nothing to report). */
export function interactionOf({
	scenarioId,
	step,
	entry,
	latencyMs,
	at,
	lang
}: AnsweredStep): Interaction | null {
	const type = stepType(step);
	if (!type || !entry.scored) return null;
	const prompt = promptOf(step);
	return {
		id: scormId(`${scenarioId}.${entry.stepId}`),
		type,
		response: responseOf(entry.answer),
		correct: correctOf(step),
		result: entry.correct ? 'correct' : entry.partial ? entry.points : 'wrong',
		weighting: entry.max,
		latencyMs,
		at,
		description: localize(prompt, lang).replace(/\s+/g, ' ').trim(),
		lang
	};
}

const SEPARATORS = {
	'1.2': { list: ',', pair: '.' },
	'2004': { list: '[,]', pair: '[.]' }
} as const;

/** A response in one version's syntax; `pattern` writes a correct-response pattern (2004 differs). */
export function formatResponse(version: ScormVersion, response: Response, pattern = false): string {
	const sep = SEPARATORS[version];
	switch (response.kind) {
		case 'ids':
			return response.ids.map(scormId).join(sep.list);
		case 'pairs':
			return response.pairs.map(([a, b]) => `${scormId(a)}${sep.pair}${scormId(b)}`).join(sep.list);
		case 'bool':
			return version === '1.2' ? (response.value ? 't' : 'f') : String(response.value);
		case 'text': {
			// 1.2 caps responses at 255 characters; the engine ignores case, so the pattern says so.
			const text = version === '1.2' ? response.text.slice(0, 255) : response.text;
			return pattern && version === '2004' ? `{case_matters=false}${text}` : text;
		}
		case 'number':
			return pattern && version === '2004' && response.min !== undefined
				? `${response.min}[:]${response.max}`
				: String(response.value);
	}
}

/** The 2004 result word for a wrong answer is `incorrect`, 1.2's is `wrong`. */
export function formatResult(version: ScormVersion, result: Interaction['result']): string {
	if (typeof result === 'number') return String(Math.max(0, Math.round(result * 100) / 100));
	return result === 'wrong' && version === '2004' ? 'incorrect' : result;
}
