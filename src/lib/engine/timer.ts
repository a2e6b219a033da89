/**
 * The pack's optional time limit, as pure rules: the clock is always an input (`now`, epoch ms).
 *
 * When the time runs out the run ends at once. The step on screen then counts as unanswered (0 out
 * of what it was worth); steps further on are not counted, since branching means nobody can say
 * which ones the trainee would have met. The outcome is a failure (the situation was not resolved
 * in time) and the grade follows the percent reached (GRADE_FLOORS).
 */
import type { EndingStep, Pack, Step } from '$lib/packs/schema';
import { bestStepAnswer } from './best';
import type { RunState, RunTiming } from './state';
import { isStepScoreError, scoreStep } from './steps';

type Grade = EndingStep['grade'];

export interface Clock {
	now: number;
	/** The learner turned timers off: the limit is recorded but not enforced. */
	timerOff: boolean;
}

/** Lowest percent for each grade of a run that ran out of time (E below the last floor). */
export const GRADE_FLOORS: readonly (readonly [Grade, number])[] = [
	['A', 90],
	['B', 75],
	['C', 60],
	['D', 40]
];

/** The timing of a run started at `clock.now`; undefined when the pack sets no limit. */
export function timingFor(pack: Pack, clock: Clock): RunTiming | undefined {
	const limit = pack.options.timeLimitMinutes;
	if (limit === undefined) return undefined;
	const now = Math.max(0, Math.floor(clock.now));
	return {
		limitMinutes: limit,
		startedAt: now,
		deadline: clock.timerOff ? null : now + limit * 60_000,
		timerOff: clock.timerOff
	};
}

/** True when a run still playing has a deadline and `now` has reached it. */
export function isTimeUp(state: RunState, now: number): boolean {
	const deadline = state.timing?.deadline;
	return state.status === 'playing' && deadline != null && now >= deadline;
}

/** What a step left unanswered was worth: the score of its best answer (0 for briefings). */
export function unansweredMax(step: Step): number {
	const best = bestStepAnswer(step);
	if (!best || step.kind === 'briefing') return 0;
	const score = scoreStep(step, best);
	return isStepScoreError(score) ? 0 : score.max;
}

export function gradeForPercent(percent: number): Grade {
	return GRADE_FLOORS.find(([, floor]) => percent >= floor)?.[0] ?? 'E';
}
