/**
 * Quiz answers: each one is appended to the event log and folded into its card in the same small
 * transaction, so the log and the schedule never disagree.
 */
import { foldAnswers, foldsAfter, applyAnswer, groupByCard, suspendedFor } from './card-fold';
import { cardsOf, type ProgressDb } from './db';
import { guard } from './errors';
import { newId } from './ids';
import { requestPersistenceOnce } from './persistence';
import type { AnswerEvent, CardRecord, Json } from './records';

export interface AnswerInput {
	profileId: string;
	packId: string;
	questionId: string;
	answer: Json;
	points: number;
	max: number;
	correct: boolean;
	durationMs?: number;
	runId?: string;
	/** Defaults to now. */
	at?: number;
}

export function answerEvent(input: AnswerInput): AnswerEvent {
	const { at, ...rest } = input;
	return { ...rest, kind: 'answer', id: newId(), at: at ?? Date.now() };
}

/**
 * Folds one new answer event into its card. Must run inside a transaction over packs, events and
 * cards, after the event was written. An event older than the card's last one (clock change,
 * merged backup) triggers a replay of that question's events so the order stays (at, id).
 */
export async function applyAnswerEvent(db: ProgressDb, event: AnswerEvent): Promise<CardRecord> {
	const key: [string, string, string] = [event.profileId, event.packId, event.questionId];
	const [card, packIds] = await Promise.all([
		db.cards.get(key),
		// Index keys only: the pack body (possibly megabytes of images) is never read here.
		db.packs.where('questionIds').equals(event.questionId).primaryKeys()
	]);
	const suspended = packIds.includes(event.packId) ? 0 : 1;
	let next: CardRecord | undefined;
	if (!card || (card.tally && foldsAfter(card, event))) {
		next = applyAnswer(card, event, suspended);
	} else {
		const events = await db.events.where('[profileId+packId+questionId]').equals(key).toArray();
		next = foldAnswers(events as AnswerEvent[], suspended);
	}
	await db.cards.put(next!);
	return next!;
}

export interface RecordedAnswer {
	event: AnswerEvent;
	card: CardRecord;
}

/** Stores an answer and updates its review card atomically. */
export async function recordAnswer(db: ProgressDb, input: AnswerInput): Promise<RecordedAnswer> {
	const event = answerEvent(input);
	void requestPersistenceOnce();
	return guard(() =>
		db.transaction('rw', [db.events, db.cards, db.packs], async () => {
			await db.events.add(event);
			return { event, card: await applyAnswerEvent(db, event) };
		})
	);
}

/**
 * Recomputes every card of a profile from its answer events (replacing the stored ones) and
 * returns them. Cards with no answer at all (converted from schema v1) are kept as they are.
 */
export function rebuildCards(db: ProgressDb, profileId: string): Promise<CardRecord[]> {
	return guard(() =>
		db.transaction('rw', [db.events, db.cards, db.packs], async () => {
			const events = (await db.events.where('profileId').equals(profileId).toArray()).filter(
				(e): e is AnswerEvent => e.kind === 'answer'
			);
			const packs = new Map((await db.packs.toArray()).map((p) => [p.id, p]));
			const cards: CardRecord[] = [];
			for (const group of groupByCard(events).values()) {
				const first = group[0]!;
				const card = foldAnswers(group, suspendedFor(packs.get(first.packId), first.questionId));
				if (card) cards.push(card);
			}
			await db.cards.bulkPut(cards);
			return cardsOf(db, profileId).toArray();
		})
	);
}
