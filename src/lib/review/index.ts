export { CARD_STATES, ReviewCardSchema, fromFsrsCard, toFsrsCard } from './card';
export type { CardState, ReviewCard } from './card';
export { FAST_ANSWER_MS, REVIEW_RATINGS, ratingFor } from './rating';
export type { QuizResult, ReviewRating } from './rating';
export { isDue, newCard, review } from './scheduler';
