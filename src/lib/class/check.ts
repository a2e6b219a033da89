/**
 * A decoded result checked against the session it is offered to: the same session, pack version
 * and scenario or exam, every step or question in the pack, and every point what the pack's own
 * scoring gives (so an edited result with a recomputed checksum is refused too).
 */
import { scoreQuestion, isMismatch } from '$lib/engine/questions';
import { isStepScoreError, scoreStep } from '$lib/engine/steps';
import { round2 } from '$lib/engine/score';
import type { Pack } from '$lib/packs/schema';
import { findQuestion } from '$lib/quiz/run';
import type { ClassResult } from './format';
import type { ClassSession } from './session';

export type SessionRefusal =
	| 'other-session'
	| 'other-pack'
	| 'other-version'
	| 'other-target'
	| 'unknown-step'
	| 'points'
	| 'duplicate';

const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

function pointsHold(pack: Pack, result: ClassResult): 'unknown-step' | 'points' | null {
	if (result.kind === 'exam') {
		for (const item of result.items) {
			const question = findQuestion(pack, item.id);
			if (!question) return 'unknown-step';
			if (item.answer === null) {
				if (item.points !== 0) return 'points';
				continue;
			}
			if (item.answer.kind === 'continue' || item.answer.kind === 'decision') return 'points';
			if (item.answer.kind === 'partners') return 'points';
			const score = scoreQuestion(question, item.answer);
			if (isMismatch(score) || !same(score.points, item.points) || !same(score.max, item.max)) {
				return 'points';
			}
		}
	} else {
		const scenario = pack.scenarios.find((s) => s.id === result.target);
		if (!scenario) return 'unknown-step';
		for (const item of result.items) {
			const step = Object.hasOwn(scenario.steps, item.id) ? scenario.steps[item.id] : undefined;
			if (!step || !item.answer) return 'unknown-step';
			if (step.kind === 'briefing' || step.kind === 'ending') {
				if (item.points !== 0) return 'points';
				continue;
			}
			const score = scoreStep(step, item.answer);
			if (isStepScoreError(score) || !same(score.points, item.points)) return 'points';
			if (!same(score.max, item.max)) return 'points';
		}
		if (result.ending !== null && scenario.steps[result.ending]?.kind !== 'ending') {
			return 'unknown-step';
		}
	}
	const sum = round2(result.items.reduce((s, i) => s + i.points, 0));
	return same(sum, result.points) ? null : 'points';
}

/** Why `result` cannot join `session`, or null when it can. */
export function checkAgainstSession(
	result: ClassResult,
	session: ClassSession,
	pack: Pack | undefined,
	collected: ReadonlySet<string>
): SessionRefusal | null {
	if (result.session !== session.id) return 'other-session';
	if (result.pack !== session.packId || result.kind !== session.kind) return 'other-pack';
	if (result.target !== session.target) return 'other-target';
	if (result.packVersion !== session.packVersion || !pack || pack.version !== result.packVersion) {
		return 'other-version';
	}
	if (collected.has(result.checksum)) return 'duplicate';
	return pointsHold(pack, result);
}
