/**
 * Summaries for the home screen: when the next review falls due, and how far the learner got in
 * each pack. Plain async reads, like queries.ts.
 */
import { cardsOf, type ProgressDb } from './db';
import { guard } from './errors';

/** When the earliest scheduled (non-suspended) card falls due, or null without any card. */
export function nextDueAt(db: ProgressDb, profileId: string): Promise<number | null> {
	return guard(async () => {
		const first = await db.cards
			.where('[profileId+suspended+due]')
			.between([profileId, 0, -Infinity], [profileId, 0, Infinity], true, true)
			.first();
		return first?.due ?? null;
	});
}

export interface PackProgress {
	/** Distinct questions of the pack answered at least once. */
	answered: number;
	/** Questions whose card has graduated to long-term review (FSRS state "review"). */
	mastered: number;
	/** Distinct scenarios of the pack played to an ending. */
	scenariosCompleted: number;
}

/**
 * Progress per pack id. `questionIds` limits the count to the questions a pack has now, so a
 * question removed from a pack does not count towards it.
 */
export function packProgress(
	db: ProgressDb,
	profileId: string,
	questionIds: ReadonlyMap<string, ReadonlySet<string>>
): Promise<Map<string, PackProgress>> {
	return guard(async () => {
		const out = new Map<string, PackProgress>();
		const entry = (packId: string) => {
			let p = out.get(packId);
			if (!p) out.set(packId, (p = { answered: 0, mastered: 0, scenariosCompleted: 0 }));
			return p;
		};
		for (const card of await cardsOf(db, profileId).toArray()) {
			if (!questionIds.get(card.packId)?.has(card.questionId)) continue;
			const p = entry(card.packId);
			p.answered++;
			if (card.state === 'review') p.mastered++;
		}
		const finished = await db.runs
			.where('[profileId+status]')
			.equals([profileId, 'finished'])
			.toArray();
		const seen = new Set<string>();
		for (const run of finished) {
			if (run.kind !== 'scenario') continue;
			const key = `${run.packId}\u0000${run.scenarioId}`;
			if (seen.has(key)) continue;
			seen.add(key);
			entry(run.packId).scenariosCompleted++;
		}
		return out;
	});
}
