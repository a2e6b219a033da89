/**
 * Scoring of the scorable scenario steps: decision, partners, ordering and question steps.
 */
import type {
	DecisionStep,
	OrderingStep,
	PartnerRating,
	PartnersStep,
	QuestionStep,
	Step
} from '$lib/packs/schema';
import type { Answer, DecisionAnswer, OrderingAnswer, PartnersAnswer } from './answers';
import { scoreOrder, type OrderingOutcome } from './ordering';
import { assertNever, isMismatch, scoreQuestion, type QuestionDetail } from './questions';
import { clamp, makeScore, type Score } from './score';

/** Points for a partner, by rating, when picked; a missed essential partner costs nothing extra. */
export const PARTNER_POINTS: Record<PartnerRating, number> = {
	essential: 2,
	useful: 1,
	inappropriate: -1
};

export interface PartnerLine {
	actor: string;
	rating: PartnerRating;
	picked: boolean;
	/** hit: essential/useful picked · missed: essential/useful left out · extra: inappropriate picked. */
	outcome: 'hit' | 'missed' | 'extra' | 'avoided';
	points: number;
}

export type StepDetail =
	| {
			kind: 'decision';
			choiceId: string;
			/** Every choice worth the most points. */
			bestChoiceIds: string[];
	  }
	| { kind: 'partners'; lines: PartnerLine[]; missedEssential: boolean; ignored: string[] }
	| ({ kind: 'ordering-step' } & OrderingOutcome)
	| { kind: 'question'; question: QuestionDetail };

export type StepScore = Score<StepDetail>;

export type StepScoreError =
	| { code: 'wrong-kind'; expected: Answer['kind']; got: Answer['kind'] }
	| { code: 'unknown-choice'; choiceId: string }
	| { code: 'not-scorable' };

export function bestChoicePoints(step: DecisionStep): number {
	return Math.max(...step.choices.map((c) => c.points));
}

function scoreDecision(step: DecisionStep, answer: DecisionAnswer): StepScore | StepScoreError {
	const choice = step.choices.find((c) => c.id === answer.choiceId);
	if (!choice) return { code: 'unknown-choice', choiceId: answer.choiceId };
	const best = bestChoicePoints(step);
	const bestChoiceIds = step.choices.filter((c) => c.points === best).map((c) => c.id);
	return makeScore(
		choice.points,
		Math.max(0, best),
		{ kind: 'decision', choiceId: choice.id, bestChoiceIds },
		choice.points === best
	);
}

export function partnersMax(step: PartnersStep): number {
	return step.options.reduce((sum, o) => sum + Math.max(0, PARTNER_POINTS[o.rating]), 0);
}

function scorePartners(step: PartnersStep, answer: PartnersAnswer): StepScore {
	const offered = new Set(step.options.map((o) => o.actor));
	const picked = new Set(answer.actors.filter((id) => offered.has(id)));
	const lines = step.options.map((o): PartnerLine => {
		const isPicked = picked.has(o.actor);
		const wanted = o.rating !== 'inappropriate';
		const outcome = wanted ? (isPicked ? 'hit' : 'missed') : isPicked ? 'extra' : 'avoided';
		return {
			actor: o.actor,
			rating: o.rating,
			picked: isPicked,
			outcome,
			points: isPicked ? PARTNER_POINTS[o.rating] : 0
		};
	});
	const max = partnersMax(step);
	const raw = lines.reduce((sum, l) => sum + l.points, 0);
	return makeScore(clamp(raw, 0, max), max, {
		kind: 'partners',
		lines,
		missedEssential: lines.some((l) => l.rating === 'essential' && !l.picked),
		ignored: answer.actors.filter((id) => !offered.has(id))
	});
}

/** One point per item kept in the right relative order beyond the first: max = items − 1. */
function scoreOrderingStep(step: OrderingStep, answer: OrderingAnswer): StepScore {
	const outcome = scoreOrder(
		step.items.map((i) => i.id),
		answer.order
	);
	const max = Math.max(1, step.items.length - 1);
	return makeScore(outcome.credit * max, max, { kind: 'ordering-step', ...outcome });
}

function scoreQuestionStep(step: QuestionStep, answer: Answer): StepScore | StepScoreError {
	if (answer.kind === 'continue' || answer.kind === 'decision' || answer.kind === 'partners') {
		return { code: 'wrong-kind', expected: step.question.kind, got: answer.kind };
	}
	const score = scoreQuestion(step.question, answer);
	if (isMismatch(score)) return { code: 'wrong-kind', expected: score.expected, got: score.got };
	return { ...score, detail: { kind: 'question', question: score.detail } };
}

/** The answer kind a step expects (for a question step, its question's kind); null for an ending. */
export function expectedAnswerKind(step: Step): Answer['kind'] | null {
	switch (step.kind) {
		case 'briefing':
			return 'continue';
		case 'decision':
		case 'partners':
		case 'ordering':
			return step.kind;
		case 'question':
			return step.question.kind;
		case 'ending':
			return null;
		default:
			return assertNever(step);
	}
}

/** Scores a scorable step; briefing and ending steps are not scorable. */
export function scoreStep(step: Step, answer: Answer): StepScore | StepScoreError {
	const expected = expectedAnswerKind(step);
	if (expected === null || step.kind === 'briefing' || step.kind === 'ending') {
		return { code: 'not-scorable' };
	}
	if (answer.kind !== expected) return { code: 'wrong-kind', expected, got: answer.kind };
	switch (step.kind) {
		case 'decision':
			return answer.kind === 'decision' ? scoreDecision(step, answer) : { code: 'not-scorable' };
		case 'partners':
			return answer.kind === 'partners' ? scorePartners(step, answer) : { code: 'not-scorable' };
		case 'ordering':
			return answer.kind === 'ordering'
				? scoreOrderingStep(step, answer)
				: { code: 'not-scorable' };
		case 'question':
			return scoreQuestionStep(step, answer);
		default:
			return assertNever(step);
	}
}

export function isStepScoreError(value: StepScore | StepScoreError): value is StepScoreError {
	return 'code' in value;
}
