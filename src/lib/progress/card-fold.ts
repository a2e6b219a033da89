/**
 * A card is a pure function of its question's answer events, replayed in (at, id) order. Recording
 * an answer live and rebuilding from the log use the same fold, so they always agree.
 */
import type { ReviewCard } from '$lib/review/card';
import { newCard, review } from '$lib/review/scheduler';
import type { AnswerEvent, CardRecord, PackRecord } from './records';

export type CardKey = [profileId: string, packId: string, questionId: string];

export function cardKey(e: { profileId: string; packId: string; questionId: string }): CardKey {
	return [e.profileId, e.packId, e.questionId];
}

export function compareEvents(
	a: { at: number; id: string },
	b: { at: number; id: string }
): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Suspended unless the question belongs to the installed version of its pack. */
export function suspendedFor(pack: PackRecord | undefined, questionId: string): 0 | 1 {
	return pack?.questionIds.includes(questionId) ? 0 : 1;
}

/** True when `event` comes after everything already folded into `card`. */
export function foldsAfter(card: CardRecord, event: AnswerEvent): boolean {
	return compareEvents({ at: card.lastEventAt, id: card.lastEventId }, event) < 0;
}

/** The scheduling part of a stored card. */
export function reviewPart(card: CardRecord): ReviewCard {
	const { due, stability, difficulty, elapsedDays, scheduledDays } = card;
	const { learningSteps, reps, lapses, state, lastReview } = card;
	return {
		due,
		stability,
		difficulty,
		elapsedDays,
		scheduledDays,
		learningSteps,
		reps,
		lapses,
		state,
		lastReview
	};
}

export type CardTally = NonNullable<CardRecord['tally']>;

export const NO_ANSWERS: CardTally = { attempts: 0, correct: 0, points: 0, max: 0, wrongStreak: 0 };

export function addToTally(
	t: CardTally,
	event: Pick<AnswerEvent, 'correct' | 'points' | 'max'>
): CardTally {
	return {
		attempts: t.attempts + 1,
		correct: t.correct + (event.correct ? 1 : 0),
		points: t.points + event.points,
		max: t.max + event.max,
		wrongStreak: event.correct ? 0 : t.wrongStreak + 1
	};
}

/** Folds one more event into a card; a card with no tally yet (older version) must be refolded whole. */
export function applyAnswer(
	card: CardRecord | undefined,
	event: AnswerEvent,
	suspended: 0 | 1
): CardRecord {
	const before = card ? reviewPart(card) : newCard(event.at);
	return {
		tally: addToTally(card?.tally ?? NO_ANSWERS, event),
		profileId: event.profileId,
		packId: event.packId,
		questionId: event.questionId,
		suspended,
		lastEventAt: event.at,
		lastEventId: event.id,
		...review(before, event, event.at)
	};
}

/** The card of one question from all its answer events (any order); undefined without answers. */
export function foldAnswers(
	events: readonly AnswerEvent[],
	suspended: 0 | 1
): CardRecord | undefined {
	let card: CardRecord | undefined;
	for (const event of [...events].sort(compareEvents)) card = applyAnswer(card, event, suspended);
	return card;
}

/** Groups answer events by card key (joined with a separator that ids cannot contain). */
export function groupByCard(events: readonly AnswerEvent[]): Map<string, AnswerEvent[]> {
	const groups = new Map<string, AnswerEvent[]>();
	for (const event of events) {
		const key = cardKey(event).join('\u0000');
		const group = groups.get(key);
		if (group) group.push(event);
		else groups.set(key, [event]);
	}
	return groups;
}
