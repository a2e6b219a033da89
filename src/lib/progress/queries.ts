/**
 * Read-only queries for the dashboard. Each is a plain async read, so the UI can wrap it in Dexie's
 * liveQuery(() => dueCount(db, profileId, now)) and re-render when the tables change.
 */
import { addToTally, cardKey, groupByCard, NO_ANSWERS, type CardTally } from './card-fold';
import { cardsOf, type ProgressDb } from './db';
import { guard } from './errors';
import type { AnswerEvent, CardRecord, Run, StepEvent } from './records';
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

export type TalliedCard = CardRecord & { tally: CardTally };

/**
 * The profile's cards with their answer totals: one record per question instead of every answer,
 * which keeps the dashboard fast over a long history. Cards stored before totals existed get
 * them from the log here (read-only, so it also works inside liveQuery).
 */
export async function talliedCards(db: ProgressDb, profileId: string): Promise<TalliedCard[]> {
	const cards = await cardsOf(db, profileId).toArray();
	const legacy = cards.filter((c) => !c.tally);
	if (legacy.length) {
		const groups = groupByCard(await answersOf(db, profileId));
		for (const card of legacy) {
			card.tally = (groups.get(cardKey(card).join('\u0000')) ?? []).reduce(addToTally, NO_ANSWERS);
		}
	}
	return cards as TalliedCard[];
}

export interface AnswerTotals {
	answered: number;
	questions: number;
}

/** How many answers the cards hold, and for how many distinct questions. */
export function totalsOf(cards: readonly TalliedCard[]): AnswerTotals {
	let answered = 0;
	let questions = 0;
	for (const { tally } of cards) {
		answered += tally.attempts;
		if (tally.attempts > 0) questions++;
	}
	return { answered, questions };
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

type Sum = Tally & { seen: Set<string> };

function add(map: Map<string, Sum>, id: string, item: string, t: CardTally) {
	let sum = map.get(id);
	if (!sum) {
		sum = { id, attempts: 0, correct: 0, points: 0, max: 0, questions: 0, seen: new Set() };
		map.set(id, sum);
	}
	sum.attempts += t.attempts;
	sum.correct += t.correct;
	sum.points += t.points;
	sum.max += t.max;
	sum.seen.add(item);
}

const byId = (map: Map<string, Sum>): Tally[] =>
	[...map.values()]
		.map(({ seen, ...t }) => ({ ...t, questions: seen.size }))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Scored steps of the profile's scenario runs, found through the runs (no scan of every answer). */
export async function scoredSteps(db: ProgressDb, profileId: string): Promise<StepEvent[]> {
	const runIds = await db.runs
		.where('[profileId+startedAt]')
		.between([profileId, -Infinity], [profileId, Infinity])
		.filter((r) => r.kind === 'scenario')
		.primaryKeys();
	const events = await db.events.where('runId').anyOf(runIds).toArray();
	return events.filter((e): e is StepEvent => e.kind === 'step' && e.max > 0);
}

/** Tallies per topic and per organisation of the given cards and scored scenario steps. */
export function statsOf(
	cards: readonly TalliedCard[],
	lookup: QuestionLookup,
	scored: readonly StepEvent[] = [],
	steps?: StepLookup
): AnswerStats {
	const byTopic = new Map<string, Sum>();
	const byActor = new Map<string, Sum>();
	for (const { packId, questionId, tally } of cards) {
		if (tally.attempts === 0) continue;
		const info = lookup(packId, questionId);
		const item = `${packId}\u0000${questionId}`;
		for (const topic of info?.topics ?? []) add(byTopic, topic, item, tally);
		for (const actor of info?.actors ?? []) add(byActor, actor, item, tally);
	}
	for (const e of steps ? scored : []) {
		const info = steps?.(e.packId, e.scenarioId, e.stepId);
		const item = `${e.packId}\u0000${e.scenarioId}/${e.stepId}`;
		const one = addToTally(NO_ANSWERS, e);
		for (const topic of info?.topics ?? []) add(byTopic, topic, item, one);
		for (const actor of info?.actors ?? []) add(byActor, actor, item, one);
	}
	return { byTopic: byId(byTopic), byActor: byId(byActor) };
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

/**
 * Days with at least one step or answer. Jumps from one active day to the next through the
 * [profileId+at] index: one read per active day, not one per event.
 */
export function streak(
	db: ProgressDb,
	profileId: string,
	now: number,
	dayOf: (ms: number) => number = localDay
): Promise<Streak> {
	return guard(async () => {
		const times: number[] = [];
		// Only times a Date can hold: past them a day has no start, and the loop must always move on
		// (a stored 1e300 once kept it on the same event forever).
		let from = 0;
		for (;;) {
			const next = await db.events
				.where('[profileId+at]')
				.between([profileId, from], [profileId, MAX_DATE], true, true)
				.first();
			if (!next) break;
			times.push(next.at);
			const after = nextDayStart(next.at, dayOf);
			if (!(after > next.at)) break;
			from = after;
		}
		return computeStreak(times, now, dayOf);
	});
}

/** The last millisecond a Date can hold (±8.64e15, ECMAScript). */
const MAX_DATE = 8.64e15;

/** The first millisecond of the day after the one `ms` falls on (a day lasts 23 to 25 hours). */
function nextDayStart(ms: number, dayOf: (ms: number) => number): number {
	const day = dayOf(ms);
	let [lo, hi] = [ms, ms + 26 * 3_600_000];
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (dayOf(mid) === day) lo = mid;
		else hi = mid;
	}
	return hi;
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
	return guard(async () =>
		(await talliedCards(db, profileId))
			.filter((c) => c.tally.wrongStreak > 0)
			.map((c) => ({
				packId: c.packId,
				questionId: c.questionId,
				wrongCount: c.tally.wrongStreak,
				lastAt: c.lastEventAt
			}))
			.sort((a, b) => b.lastAt - a.lastAt)
	);
}
