/** Everything the progress dashboard shows, read in one go so liveQuery watches it as a whole. */
import type { ProgressDb } from './db';
import { guard } from './errors';
import {
	answerStats,
	answerTotals,
	attemptHistory,
	dueCount,
	streak,
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
		const [stats, attempts, days, due, totals] = await Promise.all([
			answerStats(db, profileId, lookups.questions, lookups.steps),
			attemptHistory(db, profileId, { limit: options.attempts ?? 50 }),
			streak(db, profileId, now),
			dueCount(db, profileId, now),
			answerTotals(db, profileId)
		]);
		return { stats, attempts, streak: days, due, ...totals };
	});
}
