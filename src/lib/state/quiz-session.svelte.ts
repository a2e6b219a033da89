import type { QuestionAnswer } from '$lib/engine';
import type { Pack, Question } from '$lib/packs/schema';
import {
	advance,
	answerCurrent,
	findQuestion,
	finishQuiz,
	isExpired,
	packIndex,
	newQuizRun,
	parseQuizRun,
	runPackId,
	showsFeedback,
	summarise,
	type NewQuizOptions,
	type QuizItem,
	type QuizMode,
	type QuizResponse,
	type QuizRunState
} from '$lib/quiz/run';
import type { Connection } from './learner.svelte';

/** The part of the learner store a quiz needs (the app passes `learner`; tests a test database). */
export interface QuizStore {
	connect(): Promise<Connection | null>;
	write<T>(operation: (c: Connection) => Promise<T>): Promise<T | undefined>;
	/** Settles when the pack installs begun so far have (see `learner.installs`). */
	installs?(): Promise<unknown>;
}

/**
 * One quiz session (practice, exam or review). Every answer is stored as it happens, in one
 * transaction with the run's new state, so a reload resumes at the same question.
 */
export class QuizSession {
	state = $state.raw() as QuizRunState;
	#runId: string | null;
	/** An answer being saved: its verdict (or the next question) waits; other taps do nothing. */
	pending = $state(false);
	/** The last answer could not be saved: it stays on screen, unjudged, to be sent again. */
	saveFailed = $state(false);
	#saving: Promise<unknown> = Promise.resolve();
	#submitting: Promise<void> = Promise.resolve();
	#shownAt = Date.now();

	private constructor(
		private readonly store: QuizStore,
		readonly packs: ReadonlyMap<string, Pack>,
		state: QuizRunState,
		runId: string | null
	) {
		this.state = state;
		this.#runId = runId;
	}

	/** Whether an unfinished quiz is waiting (without reading or changing it). */
	static async hasUnfinished(store: QuizStore): Promise<boolean> {
		const connection = await store.connect();
		if (!connection) return false;
		const { progress, db, profileId } = connection;
		const runs = await progress.listRuns(db, profileId, { status: 'in-progress' });
		return runs.some((run) => run.kind === 'quiz');
	}

	/** The latest unfinished quiz (of `mode`, if given) whose questions are all still there. */
	static async resume(
		store: QuizStore,
		packs: readonly Pack[],
		mode?: QuizMode
	): Promise<QuizSession | null> {
		const connection = await store.connect();
		if (!connection) return null;
		const { progress, db, profileId } = connection;
		const runs = await progress.listRuns(db, profileId, { status: 'in-progress' });
		const byId = packIndex(packs);
		for (const run of runs) {
			if (run.kind !== 'quiz') continue;
			const state = parseQuizRun(run.state);
			const usable =
				state &&
				state.items.every(
					(i) => byId.has(i.packId) && findQuestion(byId.get(i.packId)!, i.questionId)
				);
			if (!usable) {
				// Unreadable, or a pack changed under it: keep it in the history, out of the way.
				await store.write(() => progress.endRun(db, run.id, { status: 'abandoned' }));
				continue;
			}
			if (mode && state.mode !== mode) continue;
			return new QuizSession(store, byId, state, run.id);
		}
		return null;
	}

	/**
	 * Starts a session; older unfinished quizzes are abandoned in the same transaction (one quiz at
	 * a time). Returns once pack installs already under way have settled too: the first answer's
	 * save would otherwise queue behind them (IndexedDB runs overlapping writes in order).
	 */
	static async start(
		store: QuizStore,
		packs: readonly Pack[],
		options: Omit<NewQuizOptions, 'now'> & { now?: number }
	): Promise<QuizSession> {
		const state = newQuizRun({ ...options, now: options.now ?? Date.now() });
		const packId = runPackId(state.items);
		const byId = packIndex(packs);
		const [started] = await Promise.all([
			store.write(({ progress, db, profileId }) =>
				progress.startQuizRun(db, {
					profileId,
					packId,
					packVersion: packId === '*' ? '' : (byId.get(packId)?.version ?? ''),
					state
				})
			),
			store.installs?.()
		]);
		return new QuizSession(store, byId, state, started?.run.id ?? null);
	}

	get mode(): QuizMode {
		return this.state.mode;
	}

	get total(): number {
		return this.state.items.length;
	}

	get finished(): boolean {
		return this.state.status !== 'in-progress';
	}

	questionOf(item: QuizItem): Question | undefined {
		const pack = this.packs.get(item.packId);
		return pack && findQuestion(pack, item.questionId);
	}

	get current(): { index: number; item: QuizItem; pack: Pack; question: Question } | null {
		if (this.finished) return null;
		const item = this.state.items[this.state.index];
		const pack = item && this.packs.get(item.packId);
		const question = item && this.questionOf(item);
		return item && pack && question ? { index: this.state.index, item, pack, question } : null;
	}

	/** The verdict on the current question (practice and review only). */
	get feedback(): QuizResponse | null {
		if (this.finished || !showsFeedback(this.mode)) return null;
		return this.state.responses[this.state.index] ?? null;
	}

	/** Scored against the pack's own pass mark when every question comes from one pack. */
	get summary() {
		const single = this.packs.get(runPackId(this.state.items));
		return summarise(this.state, (item) => this.questionOf(item), single?.options.passMark);
	}

	get deadline(): number | null {
		return this.state.deadline;
	}

	/** Resolves when every answer given so far is stored (the update banner waits on it). */
	saved(): Promise<unknown> {
		return this.#saving;
	}

	/**
	 * Judges and stores an answer. The screen changes (verdict, next question) only once the
	 * answer's transaction has committed: a crash right after it shows must not lose it.
	 */
	submit(answer: QuestionAnswer, now = Date.now()): Promise<void> {
		if (this.pending) return this.#submitting;
		this.#submitting = this.#submit(answer, now);
		return this.#submitting;
	}

	async #submit(answer: QuestionAnswer, now: number): Promise<void> {
		const at = this.current;
		if (!at) return;
		if (isExpired(this.state, now)) return this.#expire();
		// A reactive proxy from the form cannot be cloned into IndexedDB: store a plain copy.
		const plain = JSON.parse(JSON.stringify(answer)) as QuestionAnswer;
		const outcome = answerCurrent(this.state, at.question, plain, now);
		if (!outcome.ok) return;
		const durationMs = Math.max(0, now - this.#shownAt);
		const { response, state } = outcome;
		this.pending = true;
		const saved = await this.#persist(({ progress, db }, runId) =>
			progress.saveRunStep(db, {
				runId,
				state,
				at: now,
				event: {
					kind: 'answer',
					packId: at.item.packId,
					questionId: at.item.questionId,
					answer: response.answer,
					points: response.points,
					max: response.max,
					correct: response.correct,
					durationMs
				}
			})
		);
		this.pending = false;
		this.saveFailed = !saved;
		if (!saved) return;
		this.state = state;
		this.#shownAt = now;
		if (this.finished) await this.#end();
	}

	/** After the feedback: the next question, or the summary after the last one. */
	async next(now = Date.now()): Promise<void> {
		if (!this.feedback) return;
		this.state = advance(this.state);
		this.#shownAt = now;
		if (this.finished) await this.#end();
		else await this.#persistState();
	}

	/** The exam's time ran out: what was answered is graded. */
	async expire(): Promise<void> {
		// An answer being saved counts if its save succeeds.
		await this.#submitting;
		return this.#expire();
	}

	async #expire(): Promise<void> {
		if (this.finished) return;
		this.state = finishQuiz(this.state, true);
		await this.#end();
	}

	/** Stops the session; unanswered questions score 0 in the summary. */
	async stop(): Promise<void> {
		await this.#submitting;
		if (this.finished) return;
		this.state = finishQuiz(this.state);
		await this.#end();
	}

	/** Whether the write committed (true when nothing is stored: no storage on this device). */
	async #persist(op: (c: Connection, runId: string) => Promise<unknown>): Promise<boolean> {
		const runId = this.#runId;
		if (!runId) return true;
		const write = this.#saving.then(() => this.store.write((c) => op(c, runId)));
		this.#saving = write.catch(() => undefined);
		return (await write.catch(() => undefined)) !== undefined;
	}

	async #persistState(): Promise<void> {
		const state = this.state;
		await this.#persist(({ progress, db }, runId) => progress.saveRunState(db, runId, state));
	}

	async #end(): Promise<void> {
		const state = this.state;
		await this.#persist(({ progress, db }, runId) => progress.endRun(db, runId, { state }));
	}
}
