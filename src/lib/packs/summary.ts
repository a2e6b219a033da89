/** What the home screen needs to list a pack without loading it. */
import type { Pack } from './schema.ts';

export type PackSummary = Pick<
	Pack,
	| 'id'
	| 'version'
	| 'title'
	| 'description'
	| 'languages'
	| 'topics'
	| 'estimatedMinutes'
	| 'difficulty'
> & {
	scenarioCount: number;
	questionCount: number;
	scenarios: Pick<Pack['scenarios'][number], 'id' | 'title' | 'difficulty'>[];
};

export function packSummary(pack: Pack): PackSummary {
	return {
		id: pack.id,
		version: pack.version,
		title: pack.title,
		description: pack.description,
		languages: pack.languages,
		topics: pack.topics,
		estimatedMinutes: pack.estimatedMinutes,
		difficulty: pack.difficulty,
		scenarioCount: pack.scenarios.length,
		questionCount: pack.questions.length,
		scenarios: pack.scenarios.map(({ id, title, difficulty }) => ({ id, title, difficulty }))
	};
}
