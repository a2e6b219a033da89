/** The ideal answer to a question or step: shown in the debrief, and used to play optimal runs. */
import type { Question, Step } from '$lib/packs/schema';
import type { Answer, QuestionAnswer } from './answers';
import { assertNever } from './questions';
import { bestChoicePoints } from './steps';

export function bestQuestionAnswer(question: Question): QuestionAnswer {
	switch (question.kind) {
		case 'single': {
			const option = question.options.find((o) => o.correct) ?? question.options[0]!;
			return { kind: 'single', optionId: option.id };
		}
		case 'multiple': {
			const weighted = question.options.some((o) => o.weight !== undefined);
			const picks = question.options.filter((o) => (weighted ? (o.weight ?? 0) > 0 : o.correct));
			return { kind: 'multiple', optionIds: picks.map((o) => o.id) };
		}
		case 'truefalse':
			return { kind: 'truefalse', value: question.answer };
		case 'matching':
			return {
				kind: 'matching',
				pairs: Object.fromEntries(question.pairs.map((p) => [p.id, p.id]))
			};
		case 'ordering':
			return { kind: 'ordering', order: question.items.map((i) => i.id) };
		case 'short':
			return { kind: 'short', text: question.accepted[0] ?? '' };
		case 'numeric':
			return { kind: 'numeric', value: question.answer };
		default:
			return assertNever(question);
	}
}

/** The best answer to a step; null for an ending (nothing to answer). */
export function bestStepAnswer(step: Step): Answer | null {
	switch (step.kind) {
		case 'briefing':
			return { kind: 'continue' };
		case 'decision': {
			const best = bestChoicePoints(step);
			return { kind: 'decision', choiceId: step.choices.find((c) => c.points === best)!.id };
		}
		case 'partners':
			return {
				kind: 'partners',
				actors: step.options.filter((o) => o.rating !== 'inappropriate').map((o) => o.actor)
			};
		case 'ordering':
			return { kind: 'ordering', order: step.items.map((i) => i.id) };
		case 'question':
			return bestQuestionAnswer(step.question);
		case 'ending':
			return null;
		default:
			return assertNever(step);
	}
}
