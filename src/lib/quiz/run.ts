/**
 * A quiz session as plain JSON (stored as the run's state, so a reload resumes it): the drawn
 * questions, the learner's responses and where they are. Pure: the clock is always passed in.
 */
import * as v from 'valibot';
import {
	checkQuestionAnswer,
	DEFAULT_PASS_MARK,
	QuestionAnswerSchema,
	quizTotals,
	type QuestionAnswer,
	type QuizTotals
} from '$lib/engine';
import type { Pack, Question } from '$lib/packs/schema';

export const QUIZ_MODES = ['practice', 'exam', 'review'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];
export const isQuizMode = (value: unknown): value is QuizMode =>
	QUIZ_MODES.includes(value as QuizMode);

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

const ResponseSchema = v.object({
	answer: QuestionAnswerSchema,
	points: v.pipe(v.number(), v.finite()),
	max: v.pipe(v.number(), v.finite()),
	correct: v.boolean()
});

export const QuizRunStateSchema = v.pipe(
	v.object({
		format: v.literal('liaison-quiz'),
		version: v.literal(1),
		mode: v.picklist(QUIZ_MODES),
		items: v.pipe(v.array(v.object({ packId: Id, questionId: Id })), v.maxLength(1000)),
		responses: v.array(v.nullable(ResponseSchema)),
		index: v.pipe(v.number(), v.integer(), v.minValue(0)),
		startedAt: Time,
		/** Exam with a time limit: when it ends (epoch ms); null without a limit. */
		deadline: v.nullable(Time),
		timeLimitMinutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
		/** The learner's "timer off" preference when the quiz started, kept with the result. */
		timerOff: v.boolean(),
		status: v.picklist(['in-progress', 'finished', 'expired'])
	}),
	v.check(
		(s) => s.responses.length === s.items.length && s.index <= s.items.length,
		'inconsistent quiz state'
	)
);

export type QuizRunState = v.InferOutput<typeof QuizRunStateSchema>;
export type QuizResponse = v.InferOutput<typeof ResponseSchema>;
export interface QuizItem {
	packId: string;
	questionId: string;
}

/** A stored state, checked (storage and backups are not trusted); null when unusable. */
export function parseQuizRun(input: unknown): QuizRunState | null {
	const result = v.safeParse(QuizRunStateSchema, input);
	return result.success ? result.output : null;
}

export interface NewQuizOptions {
	mode: QuizMode;
	items: readonly QuizItem[];
	now: number;
	timeLimitMinutes?: number | null;
	timerOff?: boolean;
}

export function newQuizRun(options: NewQuizOptions): QuizRunState {
	const timerOff = options.timerOff ?? false;
	const limit = options.mode === 'exam' ? (options.timeLimitMinutes ?? null) : null;
	return {
		format: 'liaison-quiz',
		version: 1,
		mode: options.mode,
		items: options.items.map(({ packId, questionId }) => ({ packId, questionId })),
		responses: options.items.map(() => null),
		index: 0,
		startedAt: options.now,
		deadline: limit !== null && !timerOff ? options.now + limit * 60_000 : null,
		timeLimitMinutes: limit,
		timerOff,
		status: 'in-progress'
	};
}

/** The run's pack id: the pack when every question comes from one, else '*' (the whole library). */
export function runPackId(items: readonly QuizItem[]): string {
	const ids = new Set(items.map((i) => i.packId));
	return ids.size === 1 ? [...ids][0]! : '*';
}

/** A question of the bank or one embedded in a scenario step (review cards come from both). */
export function findQuestion(pack: Pack, questionId: string): Question | undefined {
	const banked = pack.questions.find((q) => q.id === questionId);
	if (banked) return banked;
	for (const scenario of pack.scenarios) {
		for (const step of Object.values(scenario.steps)) {
			if (step.kind === 'question' && step.question.id === questionId) return step.question;
		}
	}
	return undefined;
}

export const isExpired = (state: QuizRunState, now: number) =>
	state.deadline !== null && now >= state.deadline;

/** Exams hide the verdict until the end; practice and review show it after each answer. */
export const showsFeedback = (mode: QuizMode) => mode !== 'exam';

export type AnswerOutcome =
	| { ok: true; state: QuizRunState; response: QuizResponse }
	| { ok: false; error: 'not-in-progress' | 'expired' | 'already-answered' | 'invalid-answer' };

/**
 * Records the answer to the current question. An exam moves on at once; practice and review stay on
 * the question (its feedback is shown) until `advance`.
 */
export function answerCurrent(
	state: QuizRunState,
	question: Question,
	input: unknown,
	now: number
): AnswerOutcome {
	if (state.status !== 'in-progress' || state.index >= state.items.length) {
		return { ok: false, error: 'not-in-progress' };
	}
	if (isExpired(state, now)) return { ok: false, error: 'expired' };
	if (state.responses[state.index]) return { ok: false, error: 'already-answered' };
	const checked = checkQuestionAnswer(question, input);
	if (!checked.ok) return { ok: false, error: 'invalid-answer' };
	const response: QuizResponse = {
		answer: checked.answer,
		points: checked.score.points,
		max: checked.score.max,
		correct: checked.score.correct
	};
	const responses = state.responses.map((r, i) => (i === state.index ? response : r));
	const next = { ...state, responses };
	return { ok: true, response, state: showsFeedback(state.mode) ? next : advance(next) };
}

/** Moves past the current question; past the last one the quiz is finished. */
export function advance(state: QuizRunState): QuizRunState {
	if (state.status !== 'in-progress') return state;
	const index = Math.min(state.index + 1, state.items.length);
	return { ...state, index, status: index >= state.items.length ? 'finished' : state.status };
}

/** Ends the quiz now; `expired` when the exam's time ran out (what was answered is graded). */
export function finishQuiz(state: QuizRunState, expired = false): QuizRunState {
	if (state.status !== 'in-progress') return state;
	return { ...state, status: expired ? 'expired' : 'finished' };
}

export interface SummaryLine {
	index: number;
	item: QuizItem;
	question: Question | undefined;
	response: QuizResponse | null;
	answer: QuestionAnswer | null;
}

export interface QuizSummary extends QuizTotals {
	answeredCount: number;
	lines: SummaryLine[];
}

/** Every question weighs QUESTION_MAX; an unanswered one scores 0 (the engine's quizTotals). */
export function summarise(
	state: QuizRunState,
	lookup: (item: QuizItem) => Question | undefined,
	passMark = DEFAULT_PASS_MARK
): QuizSummary {
	const lines = state.items.map((item, index) => {
		const response = state.responses[index] ?? null;
		return { index, item, question: lookup(item), response, answer: response?.answer ?? null };
	});
	return {
		...quizTotals(
			lines.map((l) => l.response),
			passMark
		),
		answeredCount: lines.filter((l) => l.response).length,
		lines
	};
}

/** Packs by id, for looking questions up. */
export function packIndex(packs: readonly Pack[]): ReadonlyMap<string, Pack> {
	return new Map(packs.map((p) => [p.id, p]));
}

/** The question-bank ids of each pack, for "answered n of m questions". */
export function questionIdsByPack(
	packs: readonly Pack[]
): ReadonlyMap<string, ReadonlySet<string>> {
	return new Map(packs.map((pack) => [pack.id, new Set(pack.questions.map((q) => q.id))]));
}
