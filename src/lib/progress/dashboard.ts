/** Everything the progress dashboard shows, read in one go so liveQuery watches it as a whole. */
import type { ProgressDb } from './db';
import { guard } from './errors';
import {
	attemptHistory,
	dueCount,
	scoredSteps,
	statsOf,
	streak,
	talliedCards,
	totalsOf,
	type AnswerStats,
	type Attempt,
	type QuestionLookup,
	type StepLookup,
	type Streak
} from './queries';

export interface DashboardData {
	stats: AnswerStats;
	/** Newest first. */
	attempts: Attempt[];
	streak: Streak;
	due: number;
	/** Answer events (quiz and scenario questions), to tell an empty dashboard apart. */
	answered: number;
	/** Distinct questions answered at least once. */
	questions: number;
}

export function dashboardData(
	db: ProgressDb,
	profileId: string,
	lookups: { questions: QuestionLookup; steps?: StepLookup },
	now: number,
	options: { attempts?: number } = {}
): Promise<DashboardData> {
	return guard(async () => {
		// The cards are read once for both the tallies and the totals (they are most of the cost).
		const [cards, scored, attempts, days, due] = await Promise.all([
			talliedCards(db, profileId),
			lookups.steps ? scoredSteps(db, profileId) : [],
			attemptHistory(db, profileId, { limit: options.attempts ?? 50 }),
			streak(db, profileId, now),
			dueCount(db, profileId, now)
		]);
		return {
			stats: statsOf(cards, lookups.questions, scored, lookups.steps),
			attempts,
			streak: days,
			due,
			...totalsOf(cards)
		};
	});
}
