/**
 * Maps a scored answer to an FSRS rating. Kept deterministic (it only reads the answer record) so the
 * schedule rebuilt from the event log is identical to the one built live.
 */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

/** What the quiz engine knows about one answer. */
export interface QuizResult {
	points: number;
	max: number;
	correct: boolean;
	/** Time from showing the question to answering, if measured. */
	durationMs?: number;
}

/** A right answer at least this fast counts as "easy". */
export const FAST_ANSWER_MS = 6_000;

export function ratingFor(result: QuizResult, fastAnswerMs = FAST_ANSWER_MS): ReviewRating {
	if (result.correct) {
		const fast = result.durationMs !== undefined && result.durationMs <= fastAnswerMs;
		return fast ? 'easy' : 'good';
	}
	// Partial credit (e.g. 2 of 3 pairs matched) was known in part: "hard", not a lapse.
	return result.points > 0 && result.max > 0 ? 'hard' : 'again';
}
