/**
 * Conditions on transitions, evaluated as data (never as code) against the run so far.
 * Conditions about a step not answered yet are false (`not` turns them true).
 */
import type { Condition, PartnerRating, Scenario } from '$lib/packs/schema';
import type { HistoryEntry } from './state';

/** Deeper nesting is refused by the validator; the engine just stops there instead of overflowing. */
const MAX_DEPTH = 32;
const EPSILON = 1e-9;

export interface ConditionContext {
	scenario: Scenario;
	vars: Readonly<Record<string, number>>;
	history: readonly HistoryEntry[];
	points: number;
	max: number;
}

interface Comparison {
	gt?: number;
	gte?: number;
	lt?: number;
	lte?: number;
	eq?: number;
}

/** Every operator present must hold, so `{ gte: 2, lte: 4 }` is a range. */
export function compare(value: number, c: Comparison): boolean {
	if (c.gt !== undefined && !(value > c.gt)) return false;
	if (c.gte !== undefined && !(value >= c.gte - EPSILON)) return false;
	if (c.lt !== undefined && !(value < c.lt)) return false;
	if (c.lte !== undefined && !(value <= c.lte + EPSILON)) return false;
	if (c.eq !== undefined && !(Math.abs(value - c.eq) <= EPSILON)) return false;
	return true;
}

/** Percent (0..100, unrounded) of the maximum reachable so far; 0 before any scored step. */
export function scorePercentSoFar(points: number, max: number): number {
	return max > 0 ? Math.min(100, Math.max(0, (points / max) * 100)) : 0;
}

/** The latest answer given at `stepId` (a step may be visited again in a loop). */
function lastAt(history: readonly HistoryEntry[], stepId: string): HistoryEntry | undefined {
	for (let i = history.length - 1; i >= 0; i--)
		if (history[i]!.stepId === stepId) return history[i];
	return undefined;
}

function pickedActors(ctx: ConditionContext, stepId: string): string[] | null {
	const entry = lastAt(ctx.history, stepId);
	return entry?.answer.kind === 'partners' ? entry.answer.actors : null;
}

function partnerOptions(ctx: ConditionContext, stepId: string) {
	const step = Object.hasOwn(ctx.scenario.steps, stepId) ? ctx.scenario.steps[stepId] : undefined;
	return step?.kind === 'partners' ? step.options : [];
}

function pickedRating(ctx: ConditionContext, stepId: string, rating: PartnerRating): boolean {
	const picked = pickedActors(ctx, stepId);
	if (!picked) return false;
	return partnerOptions(ctx, stepId).some((o) => o.rating === rating && picked.includes(o.actor));
}

function missedEssential(ctx: ConditionContext, stepId: string): boolean {
	const picked = pickedActors(ctx, stepId);
	if (!picked) return false;
	return partnerOptions(ctx, stepId).some(
		(o) => o.rating === 'essential' && !picked.includes(o.actor)
	);
}

/** Whether `condition` holds; a condition nested deeper than MAX_DEPTH never holds. */
export function evaluate(condition: Condition, ctx: ConditionContext): boolean {
	return evaluateAt(condition, ctx, 0) === true;
}

/** null means "too deep": it propagates up so that `not` cannot turn it into true. */
function evaluateAt(condition: Condition, ctx: ConditionContext, depth: number): boolean | null {
	if (depth > MAX_DEPTH) return null;
	if ('all' in condition) {
		let result: boolean | null = true;
		for (const c of condition.all) {
			const r = evaluateAt(c, ctx, depth + 1);
			if (r === null) return null;
			if (!r) result = false;
		}
		return result;
	}
	if ('any' in condition) {
		let result: boolean | null = false;
		for (const c of condition.any) {
			const r = evaluateAt(c, ctx, depth + 1);
			if (r === null) return null;
			if (r) result = true;
		}
		return result;
	}
	if ('not' in condition) {
		const r = evaluateAt(condition.not, ctx, depth + 1);
		return r === null ? null : !r;
	}
	return evaluateLeaf(condition, ctx);
}

function evaluateLeaf(
	condition: Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>,
	ctx: ConditionContext
): boolean {
	if ('var' in condition) {
		const value = Object.hasOwn(ctx.vars, condition.var) ? ctx.vars[condition.var] : undefined;
		return value !== undefined && compare(value, condition);
	}
	if ('chose' in condition) {
		const entry = lastAt(ctx.history, condition.chose.step);
		return entry?.answer.kind === 'decision' && entry.answer.choiceId === condition.chose.choice;
	}
	if ('selected' in condition) {
		return pickedActors(ctx, condition.selected.step)?.includes(condition.selected.actor) ?? false;
	}
	if ('missedEssential' in condition) return missedEssential(ctx, condition.missedEssential);
	if ('picked' in condition) {
		return pickedRating(ctx, condition.picked.step, condition.picked.rating);
	}
	if ('score' in condition) return compare(scorePercentSoFar(ctx.points, ctx.max), condition.score);
	return exhaustive(condition);
}

function exhaustive(condition: never): boolean {
	void condition;
	return false;
}
