/** Where the home screen offers to continue: the latest unfinished scenario or quiz. */
import type { LocalizedText, Pack } from '$lib/packs/schema';
import { parseQuizRun, type QuizMode } from './run';

export { packIndex, questionIdsByPack } from './run';

export type ContinueTarget =
	| { kind: 'scenario'; packId: string; scenarioId: string; title: LocalizedText }
	| { kind: 'quiz'; mode: QuizMode; index: number; total: number };

/** A run as stored (only what is needed here, so the core does not depend on the store). */
export type ContinuableRun =
	| { kind: 'scenario'; packId: string; scenarioId: string; updatedAt: number }
	| { kind: 'quiz'; state: unknown; updatedAt: number };

/** The most recent unfinished run that can still be played. */
export function continueTarget(
	runs: readonly ContinuableRun[],
	packs: ReadonlyMap<string, Pack>
): ContinueTarget | null {
	for (const run of [...runs].sort((a, b) => b.updatedAt - a.updatedAt)) {
		if (run.kind === 'scenario') {
			const scenario = packs.get(run.packId)?.scenarios.find((s) => s.id === run.scenarioId);
			if (scenario) {
				return {
					kind: 'scenario',
					packId: run.packId,
					scenarioId: run.scenarioId,
					title: scenario.title
				};
			}
		} else {
			const state = parseQuizRun(run.state);
			if (state && state.status === 'in-progress') {
				return { kind: 'quiz', mode: state.mode, index: state.index, total: state.items.length };
			}
		}
	}
	return null;
}
