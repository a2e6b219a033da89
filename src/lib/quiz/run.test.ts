import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema, type Pack } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import {
	advance,
	answerCurrent,
	findQuestion,
	finishQuiz,
	isExpired,
	newQuizRun,
	parseQuizRun,
	runPackId,
	summarise
} from './run';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const pack: Pack = v.parse(PackSchema, makePack());
const items = [
	{ packId: pack.id, questionId: 'q-single' },
	{ packId: pack.id, questionId: 'q-truefalse' },
	{ packId: pack.id, questionId: 'q-numeric' }
];
const lookup = (item: { questionId: string }) => findQuestion(pack, item.questionId);
const q = (id: string) => findQuestion(pack, id)!;

describe('quiz run state', () => {
	it('is plain JSON that survives storage and is checked when read back', () => {
		const state = newQuizRun({ mode: 'practice', items, now: T0 });
		expect(parseQuizRun(JSON.parse(JSON.stringify(state)))).toEqual(state);
		expect(parseQuizRun({ ...state, responses: [] })).toBeNull();
		expect(parseQuizRun({ ...state, mode: 'race' })).toBeNull();
		expect(parseQuizRun(null)).toBeNull();
	});

	it('shows practice feedback on the question, then moves on and finishes after the last', () => {
		let state = newQuizRun({ mode: 'practice', items, now: T0 });
		const wrong = answerCurrent(state, q('q-single'), { kind: 'single', optionId: 'b' }, T0);
		expect(wrong).toMatchObject({ ok: true, response: { correct: false, points: 0 } });
		if (!wrong.ok) return;
		expect(wrong.state.index).toBe(0);
		expect(
			answerCurrent(wrong.state, q('q-single'), { kind: 'single', optionId: 'a' }, T0)
		).toEqual({ ok: false, error: 'already-answered' });
		state = advance(advance(advance(wrong.state)));
		expect(state).toMatchObject({ index: 3, status: 'finished' });
	});

	it('moves an exam on at once and refuses answers of the wrong kind', () => {
		const state = newQuizRun({ mode: 'exam', items, now: T0 });
		expect(answerCurrent(state, q('q-single'), { kind: 'numeric', value: 3 }, T0)).toEqual({
			ok: false,
			error: 'invalid-answer'
		});
		const answered = answerCurrent(state, q('q-single'), { kind: 'single', optionId: 'a' }, T0);
		expect(answered.ok && answered.state.index).toBe(1);
	});

	it('times an exam unless the learner turned timers off, and keeps that choice', () => {
		const timed = newQuizRun({ mode: 'exam', items, now: T0, timeLimitMinutes: 10 });
		expect(timed.deadline).toBe(T0 + 10 * 60_000);
		expect(isExpired(timed, T0 + 10 * 60_000 - 1)).toBe(false);
		expect(isExpired(timed, T0 + 10 * 60_000)).toBe(true);
		expect(
			answerCurrent(timed, q('q-single'), { kind: 'single', optionId: 'a' }, T0 + 11 * 60_000)
		).toEqual({ ok: false, error: 'expired' });
		const untimed = newQuizRun({
			mode: 'exam',
			items,
			now: T0,
			timeLimitMinutes: 10,
			timerOff: true
		});
		expect(untimed).toMatchObject({ deadline: null, timeLimitMinutes: 10, timerOff: true });
		expect(newQuizRun({ mode: 'practice', items, now: T0, timeLimitMinutes: 5 }).deadline).toBe(
			null
		);
	});

	it('grades what was answered when time runs out; unanswered questions score 0', () => {
		let state = newQuizRun({ mode: 'exam', items, now: T0, timeLimitMinutes: 1 });
		const first = answerCurrent(state, q('q-single'), { kind: 'single', optionId: 'a' }, T0);
		if (!first.ok) throw new Error('not answered');
		state = finishQuiz(first.state, true);
		expect(state.status).toBe('expired');
		const summary = summarise(state, lookup);
		expect(summary).toMatchObject({
			points: 1,
			max: 3,
			percent: 33,
			correctCount: 1,
			answeredCount: 1,
			passed: false
		});
		expect(summary.lines[1]).toMatchObject({ response: null, answer: null });
		expect(summary.lines[0]!.question?.id).toBe('q-single');
	});

	it('names a single pack for the run, or the whole library', () => {
		expect(runPackId(items)).toBe(pack.id);
		expect(runPackId([...items, { packId: 'other', questionId: 'x' }])).toBe('*');
	});

	it('finds questions in the bank and inside scenario steps', () => {
		expect(findQuestion(pack, 'q-step')?.kind).toBe('truefalse');
		expect(findQuestion(pack, 'nope')).toBeUndefined();
	});
});
