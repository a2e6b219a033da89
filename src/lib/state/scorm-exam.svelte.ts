import type { QuestionAnswer } from '$lib/engine';
import type { Pack, Question, Step } from '$lib/packs/schema';
import { seededShuffle } from '$lib/quiz/shuffle';
import {
	answerCurrent,
	findQuestion,
	finishQuiz,
	isExpired,
	newQuizRun,
	packIndex,
	summarise,
	type QuizItem,
	type QuizRunState
} from '$lib/quiz/run';
import type { LmsConnection } from '$lib/scorm/api';
import {
	ELEMENTS,
	LIMITS,
	exitWrites,
	interactionWrites,
	outcomeWrites,
	timeLimitOf,
	type TimeLimit
} from '$lib/scorm/cmi';
import type { CmiWrite } from '$lib/scorm/cmi';
import { interactionOf } from '$lib/scorm/interactions';
import { decodeSuspend, encodeSuspend, SUSPEND_VERSION } from '$lib/scorm/suspend';
import type { ScormVersion } from '$lib/scorm/version';
import type { Lang } from '$lib/i18n/languages';

/** The interaction ids of an exam: `exam.<question id>`. */
export const EXAM_ID = 'exam';

/**
 * An exam of `count` questions of the pack inside an LMS: the app's quiz rules (one point per
 * question, verdicts at the end), with the questions drawn and the answers kept in suspend_data.
 */
export class ScormExamSession {
	state = $state.raw() as QuizRunState;
	/** The LMS holds the answers: a refused commit is reported by the LMS, never shown as unsaved. */
	readonly saveFailed = false;
	readonly packs: ReadonlyMap<string, Pack>;
	#shownAt = Date.now();
	readonly #sessionStart = Date.now();
	#next = 0;
	#limit: TimeLimit = { remainingMs: null, minutes: null };

	private constructor(
		readonly pack: Pack,
		private readonly count: number,
		state: QuizRunState,
		private readonly lms: LmsConnection | null,
		private readonly version: ScormVersion,
		private readonly lang: () => Lang
	) {
		this.packs = packIndex([pack]);
		this.state = state;
	}

	static #draw(pack: Pack, count: number, now: number): QuizRunState {
		const picked = seededShuffle(pack.questions, `${pack.id}/${now}`).slice(0, count);
		const items = picked.map((q) => ({ packId: pack.id, questionId: q.id }));
		return newQuizRun({ mode: 'exam', items, now });
	}

	/**
	 * Resumes the exam kept in suspend_data (same questions, same answers), else draws one. With a
	 * time limit (the LMS's `max_time_allowed`, else the package's `timeLimitMinutes`), the exam ends
	 * when the attempt's time is used up.
	 */
	static open(
		pack: Pack,
		count: number,
		lms: LmsConnection | null,
		version: ScormVersion,
		lang: () => Lang,
		timeLimitMinutes?: number
	): ScormExamSession | null {
		const saved = lms ? decodeSuspend(lms.get(ELEMENTS[version].suspend)) : null;
		const now = Date.now();
		let state = saved?.s === EXAM_ID && saved.q ? ScormExamSession.#replay(pack, saved) : null;
		state ??= ScormExamSession.#draw(pack, count, now);
		if (state.items.length === 0) return null;
		const session = new ScormExamSession(pack, count, state, lms, version, lang);
		session.#limit = timeLimitOf(version, (element) => lms?.get(element) ?? '', timeLimitMinutes);
		session.state = session.#timed(state, now);
		session.#next = lms ? Number(lms.get(ELEMENTS[version].count)) || 0 : 0;
		session.#report([]);
		return session;
	}

	/** The run with the attempt's deadline: the time left when the session opened, less this session's. */
	#timed(state: QuizRunState, now: number): QuizRunState {
		const { remainingMs, minutes } = this.#limit;
		if (minutes === null || state.status !== 'in-progress') return state;
		const left = remainingMs === null ? null : remainingMs - (now - this.#sessionStart);
		return {
			...state,
			timeLimitMinutes: minutes,
			deadline: left === null ? null : now + Math.max(0, left)
		};
	}

	static #replay(
		pack: Pack,
		saved: { q?: string[]; a: unknown[]; t?: number }
	): QuizRunState | null {
		const t = saved.t ?? 0;
		const items = (saved.q ?? []).map((questionId) => ({ packId: pack.id, questionId }));
		if (!items.every((i) => findQuestion(pack, i.questionId))) return null;
		let state = newQuizRun({ mode: 'exam', items, now: t });
		for (const given of saved.a) {
			const question = findQuestion(pack, items[state.index]?.questionId ?? '');
			const result = question && answerCurrent(state, question, given, t);
			if (!result || !result.ok) return null;
			state = result.state;
		}
		return state;
	}

	get mode() {
		return this.state.mode;
	}

	get total(): number {
		return this.state.items.length;
	}

	get finished(): boolean {
		return this.state.status !== 'in-progress';
	}

	/** Exams show no verdict before the summary. */
	get feedback(): null {
		return null;
	}

	get deadline(): number | null {
		return this.state.deadline;
	}

	get reporting(): boolean {
		return this.lms !== null;
	}

	questionOf(item: QuizItem): Question | undefined {
		return findQuestion(this.pack, item.questionId);
	}

	get current(): { index: number; item: QuizItem; pack: Pack; question: Question } | null {
		if (this.finished) return null;
		const item = this.state.items[this.state.index];
		const question = item && this.questionOf(item);
		return item && question ? { index: this.state.index, item, pack: this.pack, question } : null;
	}

	get summary() {
		return summarise(this.state, (item) => this.questionOf(item), this.pack.options.passMark);
	}

	async submit(answer: QuestionAnswer, now = Date.now()): Promise<void> {
		const at = this.current;
		if (!at) return;
		if (isExpired(this.state, now)) return this.expire();
		const plain = JSON.parse(JSON.stringify(answer)) as QuestionAnswer;
		const outcome = answerCurrent(this.state, at.question, plain, now);
		if (!outcome.ok) return;
		this.state = outcome.state;
		const { response } = outcome;
		const step = { kind: 'question', question: at.question, next: '' } as unknown as Step;
		const interaction = interactionOf({
			scenarioId: EXAM_ID,
			step,
			entry: {
				stepId: at.question.id,
				answer: response.answer,
				points: response.points,
				max: response.max,
				correct: response.correct,
				partial: !response.correct && response.points > 0,
				scored: true
			},
			latencyMs: Math.max(0, now - this.#shownAt),
			at: now,
			lang: this.lang()
		});
		this.#shownAt = now;
		this.#report(interaction ? interactionWrites(this.version, this.#next++, interaction) : []);
	}

	async next(): Promise<void> {}

	async expire(): Promise<void> {
		this.state = finishQuiz(this.state, true);
		this.#report([]);
	}

	/** Stops the exam; unanswered questions score 0. */
	async stop(): Promise<void> {
		this.state = finishQuiz(this.state);
		this.#report([]);
	}

	/** A new attempt inside the same LMS session: new questions drawn. */
	again(): void {
		const now = Date.now();
		this.state = this.#timed(ScormExamSession.#draw(this.pack, this.count, now), now);
		this.#shownAt = Date.now();
		this.#report([]);
	}

	terminate(): void {
		const timedOut = this.state.status === 'expired';
		this.lms?.terminate(
			exitWrites(this.version, this.finished, Date.now() - this.#sessionStart, timedOut)
		);
	}

	#report(interaction: CmiWrite[]): void {
		if (!this.lms) return;
		const { version, state } = this;
		const names = ELEMENTS[version];
		const summary = this.summary;
		const suspended = encodeSuspend(
			{
				v: SUSPEND_VERSION,
				s: EXAM_ID,
				a: state.responses.flatMap((r) => (r ? [r.answer] : [])),
				t: state.startedAt,
				q: state.items.map((i) => i.questionId)
			},
			LIMITS[version].suspend
		);
		this.lms.set([
			...interaction,
			...outcomeWrites(version, {
				points: summary.points,
				max: summary.max,
				finished: this.finished,
				passMark: this.pack.options.passMark
			}),
			[names.location, String(Math.min(state.index + 1, state.items.length))],
			[names.suspend, suspended ?? '']
		]);
		this.lms.commit();
	}
}
