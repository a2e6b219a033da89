import {
	answer as engineAnswer,
	currentStep,
	debrief,
	expireRun,
	isTimeUp,
	replay,
	rewindTo,
	startRun,
	type Answer,
	type RunState
} from '$lib/engine';
import type { Pack, Step } from '$lib/packs/schema';
import type { LmsConnection } from '$lib/scorm/api';
import { ELEMENTS, LIMITS, exitWrites, interactionWrites, outcomeWrites } from '$lib/scorm/cmi';
import type { CmiWrite } from '$lib/scorm/cmi';
import { interactionOf } from '$lib/scorm/interactions';
import { decodeSuspend, encodeSuspend, SUSPEND_VERSION } from '$lib/scorm/suspend';
import type { ScormVersion } from '$lib/scorm/version';
import type { Lang } from '$lib/i18n/languages';
import type { StepFeedback } from './play-session.svelte';

/**
 * One play of a scenario inside an LMS: the same engine and screens as the app, but the state lives
 * in the LMS (suspend_data) instead of IndexedDB, and every answer is reported and committed at once.
 * Without an LMS (`lms` null) it plays the same and reports nothing.
 */
export class ScormPlaySession {
	state = $state.raw() as RunState;
	feedback = $state.raw<StepFeedback | null>(null);
	/** The LMS holds the answers: a refused commit is reported by the LMS, never shown as unsaved. */
	readonly saveFailed = false;
	#startedAt: number;
	#shownAt = Date.now();
	readonly #sessionStart = Date.now();
	#next = 0;

	private constructor(
		readonly pack: Pack,
		state: RunState,
		startedAt: number,
		private readonly lms: LmsConnection | null,
		private readonly version: ScormVersion,
		private readonly lang: () => Lang
	) {
		this.state = state;
		this.#startedAt = startedAt;
	}

	/** Resumes from the LMS's suspend_data when it holds this scenario's run, else starts one. */
	static open(
		pack: Pack,
		scenarioId: string,
		lms: LmsConnection | null,
		version: ScormVersion,
		lang: () => Lang
	): ScormPlaySession | null {
		const saved = lms ? decodeSuspend(lms.get(ELEMENTS[version].suspend)) : null;
		const now = Date.now();
		const resumed =
			saved?.s === scenarioId
				? replay(pack, scenarioId, saved.a, { clock: { now: saved.t ?? now, timerOff: false } })
				: null;
		const run = resumed?.ok
			? resumed
			: startRun(pack, scenarioId, { clock: { now, timerOff: false } });
		if (!run.ok) return null;
		const startedAt = resumed?.ok ? (saved?.t ?? now) : now;
		const session = new ScormPlaySession(pack, run.state, startedAt, lms, version, lang);
		// Interactions are journaled: a resumed attempt adds after those already recorded.
		session.#next = lms ? Number(lms.get(ELEMENTS[version].count)) || 0 : 0;
		if (isTimeUp(session.state, now)) session.expire(now);
		else session.#report([]);
		return session;
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

	get deadline(): number | null {
		return this.finished ? null : (this.state.timing?.deadline ?? null);
	}

	/** Whether an LMS receives the results. */
	get reporting(): boolean {
		return this.lms !== null;
	}

	async submit(answer: Answer): Promise<void> {
		const at = this.current;
		if (!at || this.feedback) return;
		const now = Date.now();
		if (isTimeUp(this.state, now)) return this.expire(now);
		const result = engineAnswer(this.pack, this.state, answer, now);
		if (!result.ok) return;
		this.state = result.state;
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
		const entry = result.state.history.at(-1)!;
		const interaction = interactionOf({
			scenarioId: this.state.scenarioId,
			step: at.step,
			entry,
			latencyMs: now - this.#shownAt,
			at: now,
			lang: this.lang()
		});
		this.#shownAt = now;
		this.#report(interaction ? interactionWrites(this.version, this.#next++, interaction) : []);
	}

	continue(): void {
		this.feedback = null;
		this.#shownAt = Date.now();
	}

	async expire(now = Date.now()): Promise<void> {
		const result = expireRun(this.pack, this.state, now);
		if (!result.ok) return;
		this.feedback = null;
		this.state = result.state;
		this.#report([]);
	}

	async replayFrom(historyIndex = 0): Promise<void> {
		const now = Date.now();
		const rewound = rewindTo(this.pack, this.state, historyIndex, { now, timerOff: false });
		if (!rewound.ok) return;
		this.#startedAt = now;
		this.feedback = null;
		this.state = rewound.state;
		this.#shownAt = now;
		this.#report([]);
	}

	/** Leaving (unload, pagehide): the LMS records the session time and whether to resume. */
	terminate(): void {
		this.lms?.terminate(exitWrites(this.version, this.finished, Date.now() - this.#sessionStart));
	}

	/** Writes the interaction, score, status, location and suspend_data, then commits. */
	#report(interaction: CmiWrite[]): void {
		if (!this.lms) return;
		const { version, state } = this;
		const names = ELEMENTS[version];
		const suspended = encodeSuspend(
			{
				v: SUSPEND_VERSION,
				s: state.scenarioId,
				a: state.history.map((h) => h.answer),
				t: this.#startedAt
			},
			LIMITS[version].suspend
		);
		this.lms.set([
			...interaction,
			...outcomeWrites(version, {
				points: state.points,
				max: state.max,
				finished: this.finished,
				passMark: this.pack.options.passMark
			}),
			[names.location, state.stepId.slice(0, LIMITS[version].location)],
			[names.suspend, suspended ?? '']
		]);
		this.lms.commit();
	}
}
