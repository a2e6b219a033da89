/** Everything the progress dashboard shows, read in one go so liveQuery watches it as a whole. */
import type { ProgressDb } from './db';
import { guard } from './errors';
import {
	answerStats,
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
		const [stats, attempts, days, due, keys] = await Promise.all([
			answerStats(db, profileId, lookups.questions, lookups.steps),
			attemptHistory(db, profileId, { limit: options.attempts ?? 50 }),
			streak(db, profileId, now),
			dueCount(db, profileId, now),
			// The answer index holds [profileId, packId, questionId] for every answer event.
			db.events
				.where('[profileId+packId+questionId]')
				// Numbers sort before strings and arrays after them: the bounds hold every string id.
				.between([profileId, -Infinity, -Infinity], [profileId, [], []])
				.keys()
		]);
		const questions = new Set(keys.map((k) => JSON.stringify(k))).size;
		return { stats, attempts, streak: days, due, answered: keys.length, questions };
	});
}
