/**
 * The class view: what the collected results of one session say together. Pure and fast (a
 * projector refreshes it after every scan): one pass over the results, then small per-step maps.
 */
import { buildGraph } from '$lib/authoring/graph';
import { percentOf } from '$lib/engine/score';
import type { Pack, PartnerRating, Scenario } from '$lib/packs/schema';
import { findQuestion } from '$lib/quiz/run';
import type { Question } from '$lib/packs/schema';
import type { ClassResult } from './format';

export interface OptionShare {
	id: string;
	count: number;
	/** Of the trainees who reached the step, in [0, 1]. */
	share: number;
	best: boolean;
}
export interface DecisionView {
	stepId: string;
	reached: number;
	options: OptionShare[];
}
export interface PartnerShare {
	actor: string;
	rating: PartnerRating;
	count: number;
	share: number;
}
export interface PartnersView {
	stepId: string;
	reached: number;
	partners: PartnerShare[];
	/** The essential partner left out most often (null when none was ever left out). */
	mostForgotten: string | null;
	/** The inappropriate partner involved most often (null when none was ever involved). */
	mostWrong: string | null;
}
export interface QuestionView {
	id: string;
	question: Question | undefined;
	asked: number;
	correct: number;
	share: number;
}
export interface TraineeRow {
	name: string;
	points: number;
	max: number;
	percent: number;
	passed: boolean;
	ending: string | null;
	durationMs: number;
	checksum: string;
}
export interface ClassView {
	count: number;
	endings: Array<{ stepId: string | null; count: number }>;
	/** Trainees per tenth of the score: [0–9 %, 10–19 %, …, 90–100 %]. */
	distribution: number[];
	passed: number;
	passRate: number;
	meanPercent: number;
	decisions: DecisionView[];
	partners: PartnersView[];
	/** How many trainees went from one step to the next. */
	edges: Array<{ from: string; to: string; count: number }>;
	questions: QuestionView[];
	trainees: TraineeRow[];
}

const share = (count: number, of: number) => (of > 0 ? count / of : 0);

/** Steps in the order a trainee meets them (the graph's rows, top to bottom). */
function stepOrder(scenario: Scenario): string[] {
	const graph = buildGraph(scenario);
	return [...graph.nodes].sort((a, b) => a.row - b.row || a.col - b.col).map((n) => n.id);
}

function scenarioParts(scenario: Scenario, results: readonly ClassResult[]) {
	const chosen = new Map<string, Map<string, number>>();
	const reached = new Map<string, number>();
	const edges = new Map<string, number>();
	for (const result of results) {
		const path = result.items.map((i) => i.id);
		if (result.ending) path.push(result.ending);
		for (let i = 1; i < path.length; i++) {
			const key = `${path[i - 1]}\u0000${path[i]}`;
			edges.set(key, (edges.get(key) ?? 0) + 1);
		}
		for (const item of result.items) {
			reached.set(item.id, (reached.get(item.id) ?? 0) + 1);
			const ids =
				item.answer?.kind === 'decision'
					? [item.answer.choiceId]
					: item.answer?.kind === 'partners'
						? [...new Set(item.answer.actors)]
						: [];
			let counts = chosen.get(item.id);
			if (!counts) chosen.set(item.id, (counts = new Map()));
			for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
	}
	const decisions: DecisionView[] = [];
	const partners: PartnersView[] = [];
	for (const stepId of stepOrder(scenario)) {
		const step = scenario.steps[stepId];
		const n = reached.get(stepId) ?? 0;
		const counts = chosen.get(stepId) ?? new Map<string, number>();
		if (step?.kind === 'decision') {
			const top = Math.max(...step.choices.map((c) => c.points));
			decisions.push({
				stepId,
				reached: n,
				options: step.choices.map((c) => {
					const count = counts.get(c.id) ?? 0;
					return { id: c.id, count, share: share(count, n), best: c.points === top };
				})
			});
		} else if (step?.kind === 'partners') {
			const lines = step.options.map((o) => {
				const count = counts.get(o.actor) ?? 0;
				return { actor: o.actor, rating: o.rating, count, share: share(count, n) };
			});
			const pick = (rating: PartnerRating, score: (l: PartnerShare) => number) => {
				const candidates = lines.filter((l) => l.rating === rating && score(l) > 0);
				candidates.sort((a, b) => score(b) - score(a));
				return candidates[0]?.actor ?? null;
			};
			partners.push({
				stepId,
				reached: n,
				partners: lines,
				mostForgotten: pick('essential', (l) => n - l.count),
				mostWrong: pick('inappropriate', (l) => l.count)
			});
		}
	}
	const edgeList = [...edges].map(([key, count]) => {
		const [from, to] = key.split('\u0000') as [string, string];
		return { from, to, count };
	});
	return { decisions, partners, edges: edgeList };
}

function examQuestions(pack: Pack, results: readonly ClassResult[]): QuestionView[] {
	const tally = new Map<string, { asked: number; correct: number }>();
	for (const result of results) {
		for (const item of result.items) {
			let t = tally.get(item.id);
			if (!t) tally.set(item.id, (t = { asked: 0, correct: 0 }));
			t.asked++;
			if (item.max > 0 && item.points >= item.max) t.correct++;
		}
	}
	return [...tally]
		.map(([id, t]) => ({
			id,
			question: findQuestion(pack, id),
			...t,
			share: share(t.correct, t.asked)
		}))
		.sort((a, b) => a.share - b.share || b.asked - a.asked || a.id.localeCompare(b.id));
}

export function buildClassView(
	pack: Pack,
	of: { kind: ClassResult['kind']; target: string },
	results: readonly ClassResult[]
): ClassView {
	const distribution = Array.from({ length: 10 }, () => 0);
	const endings = new Map<string | null, number>();
	const trainees: TraineeRow[] = [];
	let passed = 0;
	let percentSum = 0;
	for (const r of results) {
		const percent = percentOf(r.points, r.max);
		const ok = r.max > 0 && percent >= r.passMark;
		if (ok) passed++;
		percentSum += percent;
		distribution[Math.min(9, Math.floor(percent / 10))]!++;
		endings.set(r.ending, (endings.get(r.ending) ?? 0) + 1);
		trainees.push({
			name: r.name,
			points: r.points,
			max: r.max,
			percent,
			passed: ok,
			ending: r.ending,
			durationMs: Math.max(0, r.endedAt - r.startedAt),
			checksum: r.checksum
		});
	}
	const scenario =
		of.kind === 'scenario' ? pack.scenarios.find((s) => s.id === of.target) : undefined;
	const parts = scenario
		? scenarioParts(scenario, results)
		: { decisions: [], partners: [], edges: [] };
	return {
		count: results.length,
		endings: [...endings]
			.map(([stepId, count]) => ({ stepId, count }))
			.sort((a, b) => b.count - a.count),
		distribution,
		passed,
		passRate: share(passed, results.length),
		meanPercent: results.length ? Math.round(percentSum / results.length) : 0,
		...parts,
		questions: of.kind === 'exam' ? examQuestions(pack, results) : [],
		trainees
	};
}
