/**
 * The end-of-run debrief: for every scored step, what was chosen, the best answer, the points,
 * the explanation and its citation. Details are recomputed from the stored answers, so the debrief
 * needs nothing beyond the (small) run state.
 */
import type {
	Choice,
	Citation,
	EndingStep,
	LocalizedText,
	Pack,
	PartnerOption,
	Step
} from '$lib/packs/schema';
import type { Answer } from './answers';
import { bestStepAnswer } from './best';
import { findScenario } from './scenario';
import { percentOf, round2 } from './score';
import type { RunState } from './state';
import { isStepScoreError, scoreStep, type PartnerLine, type StepDetail } from './steps';

/** A partner line with the author's explanation for that organisation. */
export type DebriefPartnerLine = PartnerLine & { explanation: LocalizedText };

export interface DebriefLine {
	/** Index in the run's history: pass it to rewindTo to replay from this step. */
	index: number;
	stepId: string;
	step: Exclude<Step, { kind: 'briefing' | 'ending' }>;
	answer: Answer;
	best: Answer | null;
	points: number;
	max: number;
	correct: boolean;
	partial: boolean;
	detail: StepDetail;
	explanation: LocalizedText;
	citation: Citation;
	/** The choice made, for a decision step. */
	choice: Choice | null;
	/** Per organisation, for a partners step. */
	partners: DebriefPartnerLine[] | null;
}

export interface Debrief {
	scenarioId: string;
	finished: boolean;
	outcome: EndingStep['outcome'] | null;
	grade: EndingStep['grade'] | null;
	endingStepId: string | null;
	points: number;
	max: number;
	/** Whole percent in [0, 100]. */
	percent: number;
	vars: Record<string, number>;
	lines: DebriefLine[];
	/** The pack's time limit as it applied to the run; null without one. */
	timeLimitMinutes: number | null;
	/** Played without its time limit (the learner turned timers off). */
	untimed: boolean;
	/** The time ran out on this step: it counts as unanswered, 0 out of `max` (already in `max`). */
	timeUp: { stepId: string; step: Step | null; max: number } | null;
}

function partnerLines(
	options: readonly PartnerOption[],
	detail: StepDetail
): DebriefPartnerLine[] | null {
	if (detail.kind !== 'partners') return null;
	return detail.lines.map((line) => ({
		...line,
		explanation: options.find((o) => o.actor === line.actor)?.explanation ?? {}
	}));
}

function lineFor(step: Step, stepId: string, index: number, answer: Answer): DebriefLine | null {
	if (step.kind === 'briefing' || step.kind === 'ending') return null;
	const score = scoreStep(step, answer);
	if (isStepScoreError(score)) return null;
	// A question step carries its explanation and citation on the question itself.
	const explained = step.kind === 'question' ? step.question : step;
	return {
		index,
		stepId,
		step,
		answer,
		best: bestStepAnswer(step),
		points: score.points,
		max: score.max,
		correct: score.correct,
		partial: score.partial,
		detail: score.detail,
		explanation: explained.explanation,
		citation: explained.citation,
		choice:
			step.kind === 'decision' && answer.kind === 'decision'
				? (step.choices.find((c) => c.id === answer.choiceId) ?? null)
				: null,
		partners: step.kind === 'partners' ? partnerLines(step.options, score.detail) : null
	};
}

/** The debrief of a run (finished or not); null if the run's scenario is not in `pack`. */
export function debrief(pack: Pack, state: RunState): Debrief | null {
	const scenario = findScenario(pack, state.scenarioId);
	if (!scenario) return null;
	const lines: DebriefLine[] = [];
	state.history.forEach((entry, index) => {
		const step = Object.hasOwn(scenario.steps, entry.stepId)
			? scenario.steps[entry.stepId]
			: undefined;
		const line = step && lineFor(step, entry.stepId, index, entry.answer);
		if (line) lines.push(line);
	});
	const timeUp = state.timeUp
		? {
				stepId: state.timeUp.stepId,
				step: Object.hasOwn(scenario.steps, state.timeUp.stepId)
					? scenario.steps[state.timeUp.stepId]!
					: null,
				max: state.timeUp.max
			}
		: null;
	const points = round2(lines.reduce((sum, l) => sum + l.points, 0));
	const max = round2(lines.reduce((sum, l) => sum + l.max, timeUp?.max ?? 0));
	return {
		scenarioId: scenario.id,
		finished: state.status === 'finished',
		outcome: state.ending?.outcome ?? null,
		grade: state.ending?.grade ?? null,
		endingStepId: state.ending?.stepId ?? null,
		points,
		max,
		percent: percentOf(points, max),
		vars: { ...state.vars },
		lines,
		timeLimitMinutes: state.timing?.limitMinutes ?? null,
		untimed: state.timing?.timerOff ?? false,
		timeUp
	};
}
