/** Meaning checks on one scenario: steps, references, conditions, effects and scoring. */
import { checkCitation, checkQuestion } from './check-pack.ts';
import { checkGraph, type Edge } from './check-graph.ts';
import { checkUnique, checkUniqueEntries, type CheckContext } from './context.ts';
import type { PathSegment } from './issues.ts';
import { LIMITS } from './limits.ts';
import type { Condition, Effects, Next, Scenario, Step } from './schema.ts';

type Path = readonly PathSegment[];

interface ScenarioScope {
	ctx: CheckContext;
	scenario: Scenario;
	has(stepId: string): boolean;
	edges: Edge[];
}

export function checkScenarios(ctx: CheckContext): void {
	checkUniqueEntries(ctx, ctx.scenarios, ['scenarios']);
	let totalSteps = 0;
	for (const [i, scenario] of ctx.scenarios) {
		totalSteps += Object.keys(scenario.steps).length;
		checkScenario(ctx, scenario, ['scenarios', i]);
	}
	if (totalSteps > LIMITS.maxStepsTotal) {
		ctx.report(['scenarios'], 'limit.steps-total', {
			count: totalSteps,
			max: LIMITS.maxStepsTotal
		});
	}
}

function checkScenario(ctx: CheckContext, scenario: Scenario, path: Path): void {
	const stepIds = Object.keys(scenario.steps);
	if (stepIds.length > LIMITS.maxStepsPerScenario) {
		ctx.report([...path, 'steps'], 'limit.steps', {
			count: stepIds.length,
			max: LIMITS.maxStepsPerScenario
		});
	}
	scenario.topics.forEach((id, i) => {
		if (!ctx.topicIds.has(id)) ctx.report([...path, 'topics', i], 'ref.topic', { id });
	});
	for (const [name, variable] of Object.entries(scenario.variables)) {
		const { min, max, initial } = variable;
		if (!(min <= initial && initial <= max)) {
			ctx.report([...path, 'variables', name], 'var.range', { name, min, max, initial });
		}
	}
	const shown = Object.values(scenario.variables).filter((variable) => variable.shown).length;
	if (shown > LIMITS.maxShownVariables) {
		ctx.report([...path, 'variables'], 'var.shown-many', {
			count: shown,
			max: LIMITS.maxShownVariables
		});
	}
	const scope: ScenarioScope = {
		ctx,
		scenario,
		has: (id) => Object.hasOwn(scenario.steps, id),
		edges: []
	};
	if (!scope.has(scenario.start)) {
		ctx.report([...path, 'start'], 'ref.step', { id: scenario.start });
	}
	for (const id of stepIds) checkStep(scope, id, scenario.steps[id]!, [...path, 'steps', id]);
	checkGraph(ctx, scenario, scope.edges, path);
}

function checkStep(scope: ScenarioScope, id: string, step: Step, path: Path): void {
	const { ctx } = scope;
	if (step.image && !ctx.assetIds.has(step.image.asset)) {
		ctx.report([...path, 'image', 'asset'], 'ref.asset', { id: step.image.asset });
	}
	switch (step.kind) {
		case 'briefing':
			checkNext(scope, id, step.next, [...path, 'next']);
			return;
		case 'decision': {
			checkCitation(ctx, step.citation, [...path, 'citation']);
			checkUnique(ctx, step.choices, [...path, 'choices']);
			if (Math.max(...step.choices.map((c) => c.points)) <= 0) {
				ctx.report([...path, 'choices'], 'score.decision-no-points');
			}
			step.choices.forEach((choice, i) => {
				const at = [...path, 'choices', i];
				if (choice.effects) checkEffects(scope, choice.effects, [...at, 'effects']);
				if (choice.next !== undefined) checkNext(scope, id, choice.next, [...at, 'next']);
				else if (step.next === undefined)
					ctx.report(at, 'graph.missing-next', { choice: choice.id });
			});
			// The step's own `next` only matters for choices without one.
			if (step.next !== undefined && step.choices.some((c) => c.next === undefined)) {
				checkNext(scope, id, step.next, [...path, 'next']);
			} else if (step.next !== undefined) {
				checkNext(scope, id, step.next, [...path, 'next'], false);
			}
			return;
		}
		case 'partners': {
			checkCitation(ctx, step.citation, [...path, 'citation']);
			checkUnique(
				ctx,
				step.options.map((o) => ({ id: o.actor })),
				[...path, 'options'],
				'actor'
			);
			step.options.forEach((o, i) => {
				if (!ctx.actorIds.has(o.actor)) {
					ctx.report([...path, 'options', i, 'actor'], 'ref.actor', { id: o.actor });
				}
			});
			if (!step.options.some((o) => o.rating === 'essential')) {
				ctx.report([...path, 'options'], 'score.partners-no-essential');
			}
			checkNext(scope, id, step.next, [...path, 'next']);
			return;
		}
		case 'ordering':
			checkCitation(ctx, step.citation, [...path, 'citation']);
			checkUnique(ctx, step.items, [...path, 'items']);
			checkNext(scope, id, step.next, [...path, 'next']);
			return;
		case 'question':
			checkQuestion(ctx, step.question, [...path, 'question'], false);
			checkNext(scope, id, step.next, [...path, 'next']);
			return;
		case 'ending':
			return;
		default:
			step satisfies never;
	}
}

/** Checks targets and conditions; `live` edges feed the reachability analysis. */
function checkNext(scope: ScenarioScope, from: string, next: Next, path: Path, live = true): void {
	const { ctx } = scope;
	const target = (to: string, at: Path) => {
		if (!scope.has(to)) ctx.report(at, 'ref.step', { id: to });
		else if (live) scope.edges.push({ from, to });
	};
	if (typeof next === 'string') return target(next, path);
	next.forEach((transition, i) => {
		const at = [...path, i];
		const last = i === next.length - 1;
		if (transition.when === undefined && !last) ctx.report(at, 'graph.fallback-not-last');
		if (transition.when !== undefined && last) ctx.report(at, 'graph.no-fallback');
		if (transition.when !== undefined) checkCondition(scope, transition.when, [...at, 'when'], 1);
		target(transition.to, [...at, 'to']);
	});
}

function checkEffects(scope: ScenarioScope, effects: Effects, path: Path): void {
	for (const op of ['add', 'set'] as const) {
		for (const name of Object.keys(effects[op] ?? {})) {
			if (!Object.hasOwn(scope.scenario.variables, name)) {
				scope.ctx.report([...path, op, name], 'ref.variable', { name });
			}
		}
	}
}

function checkStepRef(
	scope: ScenarioScope,
	stepId: string,
	kind: 'decision' | 'partners',
	path: Path
): Step | undefined {
	if (!scope.has(stepId)) {
		scope.ctx.report(path, 'ref.step', { id: stepId });
		return undefined;
	}
	const step = scope.scenario.steps[stepId]!;
	if (step.kind !== kind) {
		scope.ctx.report(path, 'ref.step-kind', { id: stepId, expected: kind, actual: step.kind });
		return undefined;
	}
	return step;
}

function checkCondition(scope: ScenarioScope, c: Condition, path: Path, depth: number): void {
	const { ctx } = scope;
	if (depth > LIMITS.maxConditionDepth) {
		ctx.report(path, 'condition.too-deep', { max: LIMITS.maxConditionDepth });
		return;
	}
	if ('all' in c) {
		c.all.forEach((sub, i) => checkCondition(scope, sub, [...path, 'all', i], depth + 1));
	} else if ('any' in c) {
		c.any.forEach((sub, i) => checkCondition(scope, sub, [...path, 'any', i], depth + 1));
	} else if ('not' in c) {
		checkCondition(scope, c.not, [...path, 'not'], depth + 1);
	} else if ('var' in c) {
		if (!Object.hasOwn(scope.scenario.variables, c.var)) {
			ctx.report([...path, 'var'], 'ref.variable', { name: c.var });
		}
	} else if ('chose' in c) {
		const step = checkStepRef(scope, c.chose.step, 'decision', [...path, 'chose', 'step']);
		if (step?.kind === 'decision' && !step.choices.some((ch) => ch.id === c.chose.choice)) {
			ctx.report([...path, 'chose', 'choice'], 'ref.choice', {
				step: c.chose.step,
				choice: c.chose.choice
			});
		}
	} else if ('selected' in c) {
		const step = checkStepRef(scope, c.selected.step, 'partners', [...path, 'selected', 'step']);
		if (step?.kind === 'partners' && !step.options.some((o) => o.actor === c.selected.actor)) {
			ctx.report([...path, 'selected', 'actor'], 'ref.partner-option', {
				step: c.selected.step,
				actor: c.selected.actor
			});
		}
	} else if ('missedEssential' in c) {
		checkStepRef(scope, c.missedEssential, 'partners', [...path, 'missedEssential']);
	} else if ('picked' in c) {
		checkStepRef(scope, c.picked.step, 'partners', [...path, 'picked', 'step']);
	}
	// `score` needs no reference check.
}
