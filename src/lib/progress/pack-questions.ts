import type { Pack } from '$lib/packs/schema';

/** Every question id of a pack: the bank and the questions embedded in scenario steps. */
export function questionIdsOf(pack: Pack): string[] {
	const ids = new Set<string>();
	for (const question of pack.questions ?? []) ids.add(question.id);
	for (const scenario of pack.scenarios ?? []) {
		for (const step of Object.values(scenario.steps)) {
			if (step.kind === 'question') ids.add(step.question.id);
		}
	}
	return [...ids];
}
