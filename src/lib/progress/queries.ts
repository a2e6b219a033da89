/**
 * Read-only queries for the dashboard. Each is a plain async read, so the UI can wrap it in Dexie's
 * liveQuery(() => dueCount(db, profileId, now)) and re-render when the tables change.
 */
import { addToTally, cardKey, groupByCard, NO_ANSWERS, type CardTally } from './card-fold';
import { cardsOf, type ProgressDb } from './db';
import { guard } from './errors';
import type { AnswerEvent, CardRecord, Run } from './records';
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

type TalliedCard = CardRecord & { tally: CardTally };

/**
 * The profile's cards with their answer totals: one record per question instead of every answer,
 * which keeps the dashboard fast over a long history. Cards stored before totals existed get
 * them from the log here (read-only, so it also works inside liveQuery).
 */
async function talliedCards(db: ProgressDb, profileId: string): Promise<TalliedCard[]> {
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

export interface AnswerStats {
	byTopic: Tally[];
	byActor: Tally[];
}

function add(map: Map<string, Tally>, id: string, t: CardTally) {
	const sum = map.get(id) ?? { id, attempts: 0, correct: 0, points: 0, max: 0, questions: 0 };
	sum.attempts += t.attempts;
	sum.correct += t.correct;
	sum.points += t.points;
	sum.max += t.max;
	sum.questions++;
	map.set(id, sum);
}

const byId = (map: Map<string, Tally>) =>
	[...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Answers per topic and per organisation; the lookup comes from the installed packs. */
export function answerStats(
	db: ProgressDb,
	profileId: string,
	lookup: QuestionLookup
): Promise<AnswerStats> {
	return guard(async () => {
		const byTopic = new Map<string, Tally>();
		const byActor = new Map<string, Tally>();
		for (const { packId, questionId, tally } of await talliedCards(db, profileId)) {
			if (tally.attempts === 0) continue;
			const info = lookup(packId, questionId);
			for (const topic of info?.topics ?? []) add(byTopic, topic, tally);
			for (const actor of info?.actors ?? []) add(byActor, actor, tally);
		}
		return { byTopic: byId(byTopic), byActor: byId(byActor) };
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
		let from = -Infinity;
		for (;;) {
			const next = await db.events
				.where('[profileId+at]')
				.between([profileId, from], [profileId, Infinity], true, true)
				.first();
			if (!next) break;
			times.push(next.at);
			from = nextDayStart(next.at, dayOf);
		}
		return computeStreak(times, now, dayOf);
	});
}

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
