/**
 * Read-only queries for the dashboard. Each is a plain async read, so the UI can wrap it in Dexie's
 * liveQuery(() => dueCount(db, profileId, now)) and re-render when the tables change.
 */
import { compareEvents } from './card-fold';
import type { ProgressDb } from './db';
import { guard } from './errors';
import type { AnswerEvent, CardRecord, ProgressEvent, Run } from './records';
import { computeStreak, localDay, type Streak } from './streak';

export type { Streak };

export function dueCount(db: ProgressDb, profileId: string, now: number): Promise<number> {
	return guard(() =>
		db.cards
			.where('[profileId+suspended+due]')
			.between([profileId, 0, -Infinity], [profileId, 0, now], true, true)
			.count()
	);
}

/** Due, non-suspended cards, most overdue first. */
export function dueCardList(
	db: ProgressDb,
	profileId: string,
	now: number,
	limit = Infinity
): Promise<CardRecord[]> {
	return guard(() =>
		db.cards
			.where('[profileId+suspended+due]')
			.between([profileId, 0, -Infinity], [profileId, 0, now], true, true)
			.limit(limit)
			.toArray()
	);
}

async function answersOf(db: ProgressDb, profileId: string): Promise<AnswerEvent[]> {
	const events = await db.events.where('profileId').equals(profileId).toArray();
	return events.filter((e): e is AnswerEvent => e.kind === 'answer');
}

export interface Tally {
	id: string;
	attempts: number;
	correct: number;
	points: number;
	max: number;
	/** Distinct questions answered. */
	questions: number;
}

export type QuestionLookup = (
	packId: string,
	questionId: string
) => { topics: readonly string[]; actors: readonly string[] } | undefined;

/** Topics and organisations a scenario step trains (e.g. the partners it offers). */
export type StepLookup = (
	packId: string,
	scenarioId: string,
	stepId: string
) => { topics: readonly string[]; actors: readonly string[] } | undefined;

export interface AnswerStats {
	byTopic: Tally[];
	byActor: Tally[];
}

function tally(map: Map<string, Tally & { seen: Set<string> }>, id: string, e: ProgressEvent) {
	let t = map.get(id);
	if (!t) {
		t = { id, attempts: 0, correct: 0, points: 0, max: 0, questions: 0, seen: new Set() };
		map.set(id, t);
	}
	t.attempts++;
	if (e.correct) t.correct++;
	t.points += e.points;
	t.max += e.max;
	const item = e.kind === 'answer' ? e.questionId : `${e.scenarioId}/${e.stepId}`;
	t.seen.add(`${e.packId}\u0000${item}`);
}

function finish(map: Map<string, Tally & { seen: Set<string> }>): Tally[] {
	return [...map.values()]
		.map(({ seen, ...t }) => ({ ...t, questions: seen.size }))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Answers per topic and per organisation; the lookup comes from the installed packs. With
 * `steps`, scored scenario steps (decisions, partners, ordering) count too, as one "question" each.
 */
export function answerStats(
	db: ProgressDb,
	profileId: string,
	lookup: QuestionLookup,
	steps?: StepLookup
): Promise<AnswerStats> {
	return guard(async () => {
		const byTopic = new Map<string, Tally & { seen: Set<string> }>();
		const byActor = new Map<string, Tally & { seen: Set<string> }>();
		const events = await db.events.where('profileId').equals(profileId).toArray();
		for (const e of events) {
			if (e.kind === 'step' && (!steps || e.max <= 0)) continue;
			const info =
				e.kind === 'answer'
					? lookup(e.packId, e.questionId)
					: steps?.(e.packId, e.scenarioId, e.stepId);
			for (const topic of info?.topics ?? []) tally(byTopic, topic, e);
			for (const actor of info?.actors ?? []) tally(byActor, actor, e);
		}
		return { byTopic: finish(byTopic), byActor: finish(byActor) };
	});
}

export interface Attempt {
	run: Run;
	points: number;
	max: number;
	/** 0..100, null when nothing scored yet. */
	percent: number | null;
}

/** Runs (scenarios and quiz sessions) with their score from the event log, newest first. */
export function attemptHistory(
	db: ProgressDb,
	profileId: string,
	options: { packId?: string; limit?: number } = {}
): Promise<Attempt[]> {
	return guard(async () => {
		const runs = (
			await db.runs
				.where('[profileId+startedAt]')
				.between([profileId, -Infinity], [profileId, Infinity])
				.reverse()
				.toArray()
		)
			.filter((r) => options.packId === undefined || r.packId === options.packId)
			.slice(0, options.limit ?? Infinity);
		const events = await db.events
			.where('runId')
			.anyOf(runs.map((r) => r.id))
			.toArray();
		const totals = new Map<string, { points: number; max: number }>();
		for (const e of events) {
			const t = totals.get(e.runId!) ?? { points: 0, max: 0 };
			t.points += e.points;
			t.max += e.max;
			totals.set(e.runId!, t);
		}
		return runs.map((run) => {
			const { points, max } = totals.get(run.id) ?? { points: 0, max: 0 };
			return { run, points, max, percent: max > 0 ? Math.round((points / max) * 100) : null };
		});
	});
}

/** Days with at least one step or answer. */
export function streak(
	db: ProgressDb,
	profileId: string,
	now: number,
	dayOf: (ms: number) => number = localDay
): Promise<Streak> {
	return guard(async () => {
		// Index keys only: no need to read the event records themselves.
		const keys = await db.events
			.where('[profileId+at]')
			.between([profileId, -Infinity], [profileId, Infinity])
			.keys();
		const times = keys.map((k) => (k as unknown as [string, number])[1]);
		return computeStreak(times, now, dayOf);
	});
}

export interface Mistake {
	packId: string;
	questionId: string;
	/** Wrong answers since the last right one. */
	wrongCount: number;
	lastAt: number;
}

/** Questions whose latest answer is wrong (not answered right since), most recent first. */
export function mistakes(db: ProgressDb, profileId: string): Promise<Mistake[]> {
	return guard(async () => {
		const latest = new Map<string, Mistake>();
		for (const e of (await answersOf(db, profileId)).sort(compareEvents)) {
			const key = `${e.packId}\u0000${e.questionId}`;
			if (e.correct) {
				latest.delete(key);
				continue;
			}
			const m = latest.get(key);
			latest.set(key, {
				packId: e.packId,
				questionId: e.questionId,
				wrongCount: (m?.wrongCount ?? 0) + 1,
				lastAt: e.at
			});
		}
		return [...latest.values()].sort((a, b) => b.lastAt - a.lastAt);
	});
}
