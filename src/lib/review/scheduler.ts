/** FSRS scheduling on plain-JSON cards (see card.ts). Pure: no storage, no clock. */
import { createEmptyCard, fsrs, Rating, type Grade } from 'ts-fsrs';
import { fromFsrsCard, toFsrsCard, type ReviewCard } from './card';
import { ratingFor, type QuizResult, type ReviewRating } from './rating';

// Fuzz off: the same answers must always give the same schedule (rebuild from the event log).
const scheduler = fsrs({ enable_fuzz: false });

function grade(rating: ReviewRating): Grade {
	switch (rating) {
		case 'again':
			return Rating.Again;
		case 'hard':
			return Rating.Hard;
		case 'good':
			return Rating.Good;
		case 'easy':
			return Rating.Easy;
		default: {
			const unknownRating: never = rating;
			throw new Error(`Unknown rating ${String(unknownRating)}`);
		}
	}
}

/** A card never reviewed, due immediately. */
export function newCard(now: number): ReviewCard {
	return fromFsrsCard(createEmptyCard(new Date(now)));
}

/** The card after one review at `now`, rated directly or from a quiz result. */
export function review(
	card: ReviewCard,
	input: ReviewRating | QuizResult,
	now: number
): ReviewCard {
	const rating = typeof input === 'string' ? input : ratingFor(input);
	return fromFsrsCard(scheduler.next(toFsrsCard(card), new Date(now), grade(rating)).card);
}

export function isDue(card: { due: number }, now: number): boolean {
	return card.due <= now;
}
