import type { Pack } from '$lib/packs/schema';
import { filterOptions } from '$lib/quiz/options';
import { findQuestion, packIndex, type QuizItem, type QuizMode } from '$lib/quiz/run';
import {
	basePool,
	drawQuestions,
	filterPool,
	leftOutOf,
	NO_CHOICES,
	NO_FILTERS,
	withChoice,
	type PracticeChoices,
	poolOf,
	mistakeSet,
	type QuizFilters
} from '$lib/quiz/selection';
import type { QuizStore } from './quiz-session.svelte';

export const QUESTION_COUNTS = [10, 20, 40] as const;
export const TIME_LIMITS = [null, 10, 20, 30] as const;
/** Longest review session: the rest stays due for the next one. */
export const REVIEW_LIMIT = 30;

/**
 * The quiz set-up screen: the library's questions, the filters, how many match, and the review
 * queue. Testable without mounting: give it the packs and a store.
 */
export class QuizSetup {
	packs = $state.raw<Pack[]>([]);
	mistakes = $state.raw<ReadonlySet<string>>(mistakeSet([]));
	filters = $state<QuizFilters>(structuredClone(NO_FILTERS));
	mode = $state<QuizMode>('practice');
	count = $state<number>(QUESTION_COUNTS[0]);
	timeLimitMinutes = $state<number | null>(null);
	/** Review: the due questions (most overdue first) and when the next one falls due. */
	due = $state.raw<QuizItem[]>([]);
	nextDueAt = $state<number | null>(null);

	/**
	 * Imported packs, each with the learner's choice: in the default practice pool or not. Built-in
	 * packs are not listed: they are always in it.
	 */
	imported = $state.raw<PracticeChoices>(NO_CHOICES);

	readonly pool = $derived(poolOf(this.packs));
	readonly leftOut = $derived(leftOutOf(this.imported));
	/** What the draw starts from: the packs picked by name, else the practice pool. */
	readonly base = $derived(basePool(this.pool, this.filters.packs, this.leftOut));
	readonly options = $derived(filterOptions(this.packs, this.base, this.pool));
	readonly matching = $derived(filterPool(this.base, this.filters, this.mistakes));

	constructor(private readonly store: QuizStore) {}

	/** Reads the learner's mistakes and review queue (call again after a quiz). */
	async refresh(now = Date.now()): Promise<void> {
		const connection = await this.store.connect();
		if (!connection) return;
		const { progress, db, profileId } = connection;
		const [wrong, cards, next] = await Promise.all([
			progress.mistakes(db, profileId),
			progress.dueCardList(db, profileId, now),
			progress.nextDueAt(db, profileId)
		]);
		this.mistakes = mistakeSet(wrong);
		const byId = packIndex(this.packs);
		// Cards of packs or questions no longer in the library cannot be asked.
		this.due = cards
			.filter((c) => {
				const pack = byId.get(c.packId);
				return pack && findQuestion(pack, c.questionId);
			})
			.sort((a, b) => a.due - b.due)
			.slice(0, REVIEW_LIMIT)
			.map(({ packId, questionId }) => ({ packId, questionId }));
		this.nextDueAt = next;
	}

	/** Puts an imported pack in the practice pool or takes it out; `save` stores the choice. */
	async choosePractice(
		id: string,
		chosen: boolean,
		save: (id: string, chosen: boolean) => Promise<boolean>
	): Promise<void> {
		const before = this.imported;
		this.imported = withChoice(before, id, chosen);
		// Not stored (the storage banner says why): the screen shows the choice as it still is.
		if (!(await save(id, chosen))) this.imported = before;
	}

	toggle(facet: Exclude<keyof QuizFilters, 'mistakesOnly'>, id: string, on: boolean): void {
		const list = this.filters[facet];
		this.filters[facet] = on ? [...list.filter((v) => v !== id), id] : list.filter((v) => v !== id);
	}

	clearFilters(): void {
		this.filters = structuredClone(NO_FILTERS);
	}

	/** The questions of the next session: a seeded draw of the matches, or the due reviews. */
	draw(seed: string): QuizItem[] {
		if (this.mode === 'review') return this.due;
		return drawQuestions(this.matching, this.count, seed).map((p) => ({
			packId: p.packId,
			questionId: p.question.id
		}));
	}
}
