/**
 * The spaced-repetition state of one question, as plain JSON (dates as epoch milliseconds) so it can
 * be stored in IndexedDB, exported in a backup and compared in tests without Date objects.
 */
import * as v from 'valibot';
import { State, type Card } from 'ts-fsrs';

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

const count = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = () => v.pipe(v.number(), v.finite());

export const ReviewCardSchema = v.object({
	/** When the card is next due (epoch ms). */
	due: count(),
	stability: finite(),
	difficulty: finite(),
	elapsedDays: finite(),
	scheduledDays: finite(),
	learningSteps: count(),
	reps: count(),
	lapses: count(),
	state: v.picklist(CARD_STATES),
	/** Last review (epoch ms), null while the card is new. */
	lastReview: v.nullable(count())
});

export type ReviewCard = v.InferOutput<typeof ReviewCardSchema>;

const STATE_TO_FSRS: Record<CardState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

function stateFromFsrs(state: State): CardState {
	switch (state) {
		case State.New:
			return 'new';
		case State.Learning:
			return 'learning';
		case State.Review:
			return 'review';
		case State.Relearning:
			return 'relearning';
		default: {
			const unknownState: never = state;
			throw new Error(`Unknown FSRS state ${String(unknownState)}`);
		}
	}
}

export function toFsrsCard(card: ReviewCard): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATE_TO_FSRS[card.state],
		last_review: card.lastReview === null ? undefined : new Date(card.lastReview)
	};
}

export function fromFsrsCard(card: Card): ReviewCard {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: stateFromFsrs(card.state),
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}
