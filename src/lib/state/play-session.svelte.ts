import {
	answer as engineAnswer,
	currentStep,
	debrief,
	expireRun,
	isTimeUp,
	resumeRun,
	rewindTo,
	startRun,
	type Answer,
	type Clock,
	type RunState,
	type StepScore
} from '$lib/engine';
import type { LocalizedText, Pack, Step } from '$lib/packs/schema';
import type { StepInput } from '$lib/progress';
import { learner, type Connection } from './learner.svelte';
import { preferences } from './preferences.svelte';

/** What the trainee sees right after answering a step, before moving on. */
export interface StepFeedback {
	stepId: string;
	step: Step;
	score: StepScore;
	/** What the choice did in the story (decisions); shown even when the verdict is deferred. */
	consequence: LocalizedText | null;
	/** Immediate feedback: the verdict, explanation and citation now, not only in the debrief. */
	showVerdict: boolean;
}

function eventFor(step: Step, stepId: string, answer: Answer, score: StepScore | null): StepInput {
	const result = {
		answer,
		points: score?.points ?? 0,
		max: score?.max ?? 0,
		correct: score?.correct ?? true
	};
	// A question inside a scenario also feeds the learner's review of that question.
	return step.kind === 'question'
		? { ...result, kind: 'answer', questionId: step.question.id }
		: { ...result, kind: 'step', stepId };
}

/**
 * One play of a scenario: the engine's state, the feedback on screen, and every step saved as it
 * happens, so closing the tab or locking the phone resumes at the same step.
 */
export class PlaySession {
	state = $state.raw() as RunState;
	feedback = $state.raw<StepFeedback | null>(null);
	/** A step being saved: its feedback (or the next step) waits; other taps do nothing. */
	pending = $state(false);
	/** The last answer could not be saved: it stays on screen, unjudged, to be sent again. */
	saveFailed = $state(false);
	/**
	 * How many times a stored run replaced the step shown first (see `begin`): the screen draws
	 * the player anew then, so nothing on it moves (no layout shift).
	 */
	restored = $state(0);
	/** The stored run is being looked up (see `begin`): the step on screen may still be replaced. */
	settling = $state(false);
	#runId: string | null;
	/** Settles once the stored run is known and this play is recorded (at once but for `begin`). */
	#ready: Promise<void> = Promise.resolve();
	#saving: Promise<unknown> = Promise.resolve();
	#submitting: Promise<void> = Promise.resolve();
	/** A play-test of the editor: nothing is stored, the draft is not a pack of the library. */
	readonly #preview: boolean;
	/** Whether the pack's time limit applies (always, except in an untimed play-test). */
	readonly #timed: boolean;

	private constructor(
		readonly pack: Pack,
		state: RunState,
		runId: string | null,
		options: { preview?: boolean; timed?: boolean } = {}
	) {
		this.state = state;
		this.#runId = runId;
		this.#preview = options.preview ?? false;
		this.#timed = options.timed ?? true;
	}

	/**
	 * A play-test from any step of a (valid) draft: the real player, no progress recorded.
	 * With a clock, the pack's time limit applies too.
	 */
	static preview(
		pack: Pack,
		scenarioId: string,
		fromStep?: string,
		clock?: Clock
	): PlaySession | null {
		const started = startRun(pack, scenarioId, { from: fromStep, clock });
		return started.ok
			? new PlaySession(pack, started.state, null, { preview: true, timed: !!clock })
			: null;
	}

	static async #clock(): Promise<Clock> {
		await preferences.load().catch(() => {});
		return { now: Date.now(), timerOff: preferences.timerOff };
	}

	/**
	 * The first step at once, from the pack alone, while the stored run is looked up: once `after`
	 * settles (the first paint, so the database's code does not compete with the first screen), the
	 * whole pack is recorded (`install`), then an unfinished run replaces the step on screen
	 * (`restored`), or this one is recorded as a new run. A tap before that waits for it. A timed
	 * pack waits for everything first (`open`): its clock needs the stored preferences. Null if the
	 * pack has no such scenario.
	 */
	static async begin(
		pack: Pack,
		scenarioId: string,
		{ install, after }: { install: () => Promise<void>; after: Promise<void> }
	): Promise<PlaySession | null> {
		if (pack.options.timeLimitMinutes !== undefined) {
			await install().catch(() => {});
			return PlaySession.open(pack, scenarioId);
		}
		const started = startRun(pack, scenarioId);
		if (!started.ok) return null;
		const session = new PlaySession(pack, started.state, null);
		session.settling = true;
		session.#ready = session.#settle(install, after).finally(() => (session.settling = false));
		return session;
	}

	async #settle(install: () => Promise<void>, after: Promise<void>): Promise<void> {
		await after;
		await install().catch(() => {});
		const [connection] = await Promise.all([learner.connect(), learner.installs()]);
		if (connection) {
			const { progress, db, profileId } = connection;
			const { pack, state } = this;
			const stored = await progress
				.resumableRun(db, profileId, pack.id, state.scenarioId)
				.catch(() => undefined);
			const resumed = stored && resumeRun(pack, stored.state);
			if (stored && resumed?.ok) {
				this.state = resumed.state;
				this.#runId = stored.id;
				this.restored += 1;
				return;
			}
			// The pack changed under the run: keep the old run in the history, start afresh.
			if (stored)
				await learner.write(() => progress.endRun(db, stored.id, { status: 'abandoned' }));
		}
		this.#runId = await PlaySession.#record(this.pack, this.state);
	}

	/** Resumes the scenario's unfinished run, or starts one; null if the pack has no such scenario. */
	static async open(pack: Pack, scenarioId: string): Promise<PlaySession | null> {
		// The pack's install (begun as it was opened) settles first: the first step's save would
		// otherwise wait behind it, and a step's answer counts for review only once its pack is in.
		const [connection] = await Promise.all([learner.connect(), learner.installs()]);
		if (connection) {
			const { progress, db, profileId } = connection;
			const stored = await progress.resumableRun(db, profileId, pack.id, scenarioId);
			if (stored) {
				const resumed = resumeRun(pack, stored.state);
				if (resumed.ok) {
					const session = new PlaySession(pack, resumed.state, stored.id);
					// The time ran out while the app was closed: the run ends now, graded as it stood.
					if (isTimeUp(session.state, Date.now())) await session.expire();
					return session;
				}
				// The pack changed under the run: keep the old run in the history, start afresh.
				await learner.write(() => progress.endRun(db, stored.id, { status: 'abandoned' }));
			}
		}
		const started = startRun(pack, scenarioId, { clock: await PlaySession.#clock() });
		if (!started.ok) return null;
		return new PlaySession(pack, started.state, await PlaySession.#record(pack, started.state));
	}

	static async #record(pack: Pack, state: RunState): Promise<string | null> {
		const run = await learner.write(({ progress, db, profileId }) =>
			progress.startRun(db, {
				kind: 'scenario',
				profileId,
				packId: pack.id,
				packVersion: pack.version,
				scenarioId: state.scenarioId,
				state
			})
		);
		return run?.id ?? null;
	}

	get current(): { id: string; step: Step } | null {
		return currentStep(this.pack, this.state);
	}

	get finished(): boolean {
		return this.state.status === 'finished';
	}

	get debrief() {
		return debrief(this.pack, this.state);
	}

	/** When the time runs out (epoch ms); null when untimed, timers are off, or the run is over. */
	get deadline(): number | null {
		return this.finished ? null : (this.state.timing?.deadline ?? null);
	}

	/** Resolves when every step played so far is stored (the update banner waits on it). */
	saved(): Promise<unknown> {
		return this.#ready.then(() => this.#saving);
	}

	/**
	 * Plays a step and stores it. The screen changes (feedback, next step) only once the step's
	 * transaction has committed: a crash right after it shows must not lose it.
	 */
	submit(answer: Answer): Promise<void> {
		if (this.pending) return this.#submitting;
		this.#submitting = this.#submit(answer);
		return this.#submitting;
	}

	async #submit(answer: Answer): Promise<void> {
		const at = this.current;
		if (!at || this.feedback) return;
		if (this.settling) {
			// Answered before the stored run was known: the answer waits for it, then counts, unless
			// an unfinished run replaced the step it answers (the learner is shown where they were).
			const before = this.state;
			this.pending = true;
			await this.#ready;
			this.pending = false;
			if (this.state !== before) return;
		}
		const now = Date.now();
		if (isTimeUp(this.state, now)) return this.#expire(now);
		const result = engineAnswer(this.pack, this.state, answer, now);
		if (!result.ok) return;
		const state = result.state;
		const runId = this.#runId;
		if (runId) {
			// The engine's checked copy: the UI's answer may be a reactive proxy, which storage cannot clone.
			const stored = state.history.at(-1)?.answer ?? answer;
			this.pending = true;
			const saved = await this.#persist(({ progress, db }) =>
				progress.saveRunStep(db, {
					runId,
					state,
					event: eventFor(at.step, at.id, stored, result.score),
					finish: state.status === 'finished'
				})
			);
			this.pending = false;
			this.saveFailed = !saved;
			if (!saved) return;
		}
		this.state = state;
		const consequence =
			at.step.kind === 'decision' && answer.kind === 'decision'
				? (at.step.choices.find((c) => c.id === answer.choiceId)?.consequence ?? null)
				: null;
		const showVerdict = this.pack.options.feedback === 'immediate';
		if (result.score && (showVerdict || consequence)) {
			this.feedback = {
				stepId: at.id,
				step: at.step,
				score: result.score,
				consequence,
				showVerdict
			};
		}
	}

	/** Whether the write committed; queued behind the writes before it. */
	async #persist<T>(op: (c: Connection) => Promise<T>): Promise<boolean> {
		const write = this.#saving.then(() => learner.write(op));
		this.#saving = write.catch(() => undefined);
		return (await write.catch(() => undefined)) !== undefined;
	}

	continue(): void {
		this.feedback = null;
	}

	/** The time ran out: the run ends, the step on screen is stored as unanswered. */
	async expire(now = Date.now()): Promise<void> {
		// A step being saved counts if its save succeeds.
		await this.#ready;
		await this.#submitting;
		return this.#expire(now);
	}

	async #expire(now: number): Promise<void> {
		const result = expireRun(this.pack, this.state, now);
		if (!result.ok) return;
		const state = result.state;
		this.feedback = null;
		this.state = state;
		const runId = this.#runId;
		const timeUp = state.timeUp;
		if (!runId || !timeUp) return;
		// A scored step left on screen is an event (0 points), so the history's score matches the debrief.
		await this.#persist<unknown>(({ progress, db }) =>
			timeUp.max > 0
				? progress.saveRunStep(db, {
						runId,
						state,
						event: {
							kind: 'step',
							stepId: timeUp.stepId,
							answer: null,
							points: 0,
							max: timeUp.max,
							correct: false
						},
						finish: true
					})
				: progress.endRun(db, runId, { state })
		);
	}

	/** Plays again from the start, or from an answered step (the debrief's history index). */
	async replayFrom(historyIndex = 0): Promise<void> {
		const clock = this.#timed
			? {
					now: Date.now(),
					timerOff: this.state.timing?.timerOff ?? (await PlaySession.#clock()).timerOff
				}
			: undefined;
		const rewound = rewindTo(this.pack, this.state, historyIndex, clock);
		if (!rewound.ok) return;
		await this.#ready;
		await this.#saving;
		const previous = this.#runId;
		if (previous && !this.finished) {
			await learner.write(({ progress, db }) =>
				progress.endRun(db, previous, { status: 'abandoned' })
			);
		}
		this.feedback = null;
		this.state = rewound.state;
		if (!this.#preview) this.#runId = await PlaySession.#record(this.pack, rewound.state);
	}
}
