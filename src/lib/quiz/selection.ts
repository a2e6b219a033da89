import type { Pack, Question } from '$lib/packs/schema';
import { seededShuffle } from './shuffle';

/** One question of the learner's library, with the pack it belongs to. */
export interface PoolItem {
	packId: string;
	question: Question;
}

/** A stable key for a question across packs: progress and review cards are stored under it. */
export const questionKey = (packId: string, questionId: string) => `${packId}/${questionId}`;

export interface QuizFilters {
	packs: string[];
	topics: string[];
	sources: string[];
	actors: string[];
	difficulties: string[];
	mistakesOnly: boolean;
}

export const NO_FILTERS: QuizFilters = {
	packs: [],
	topics: [],
	sources: [],
	actors: [],
	difficulties: [],
	mistakesOnly: false
};

export function poolOf(packs: readonly Pack[]): PoolItem[] {
	return packs.flatMap((pack) => pack.questions.map((question) => ({ packId: pack.id, question })));
}

/**
 * The questions a quiz draws from before the other filters: the packs picked by name, or, with
 * none picked, every pack but the imported ones the learner left out of practice.
 */
export function basePool(
	pool: readonly PoolItem[],
	pickedPacks: readonly string[],
	leftOut: ReadonlySet<string>
): PoolItem[] {
	if (pickedPacks.length) return pool.filter((p) => pickedPacks.includes(p.packId));
	return leftOut.size ? pool.filter((p) => !leftOut.has(p.packId)) : [...pool];
}

/** Imported packs by id, each in the practice pool (true) or not. */
export type PracticeChoices = ReadonlyMap<string, boolean>;

export const NO_CHOICES: PracticeChoices = new Map();

/** The imported packs the learner left out of practice. */
export const leftOutOf = (choices: PracticeChoices): ReadonlySet<string> =>
	new Set([...choices].filter(([, chosen]) => !chosen).map(([id]) => id));

export const withChoice = (choices: PracticeChoices, id: string, chosen: boolean) =>
	new Map([...choices, [id, chosen]]) as PracticeChoices;

const matches = (wanted: readonly string[], has: readonly string[]) =>
	wanted.length === 0 || wanted.some((w) => has.includes(w));

/** The questions that pass every filter; an empty filter list lets everything through. */
export function filterPool(
	pool: readonly PoolItem[],
	filters: QuizFilters,
	mistakes: ReadonlySet<string> = new Set()
): PoolItem[] {
	return pool.filter(
		({ packId, question }) =>
			matches(filters.packs, [packId]) &&
			matches(filters.topics, question.topics) &&
			matches(filters.sources, [question.citation.source]) &&
			matches(filters.actors, question.actors) &&
			matches(filters.difficulties, [question.difficulty]) &&
			(!filters.mistakesOnly || mistakes.has(questionKey(packId, question.id)))
	);
}

/** What the filter screen offers: every value present in the pool, with how many questions have it. */
export function facets(pool: readonly PoolItem[]) {
	const count = (values: string[]) => {
		const map = new Map<string, number>();
		for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
		return map;
	};
	return {
		topics: count(pool.flatMap((p) => p.question.topics)),
		sources: count(pool.map((p) => p.question.citation.source)),
		actors: count(pool.flatMap((p) => p.question.actors)),
		difficulties: count(pool.map((p) => p.question.difficulty))
	};
}

/** A practice or exam draw: shuffled with a seed so a resumed session keeps its order. */
export function drawQuestions(pool: readonly PoolItem[], count: number, seed: string): PoolItem[] {
	return seededShuffle(pool, seed).slice(0, Math.max(0, count));
}

/** The keys of the questions answered wrong, for the "my mistakes only" filter. */
export function mistakeSet(
	list: readonly { packId: string; questionId: string }[]
): ReadonlySet<string> {
	return new Set(list.map((m) => questionKey(m.packId, m.questionId)));
}
