/** A finished play or exam, as the result a trainee may choose to share. */
import type { RunState } from '$lib/engine/state';
import type { Pack } from '$lib/packs/schema';
import type { QuizRunState } from '$lib/quiz/run';
import { round2 } from '$lib/engine/score';
import { RESULT_FORMAT, type ResultBody } from './format';
import { passMarkOf, type SessionTag } from './session';

interface Common {
	session: SessionTag;
	pack: Pack;
	name: string;
	startedAt: number;
	endedAt: number;
}

const passMark = (pack: Pack) => Math.min(100, Math.max(0, Math.round(passMarkOf(pack))));

export function resultOfRun(state: RunState, common: Common): ResultBody {
	const items = state.history.map((entry) => ({
		id: entry.stepId,
		answer: entry.answer,
		points: entry.points,
		max: entry.max
	}));
	return {
		format: RESULT_FORMAT,
		session: common.session.id,
		pack: common.pack.id,
		packVersion: common.pack.version,
		kind: 'scenario',
		target: state.scenarioId,
		name: common.name.trim(),
		items,
		ending: state.ending?.stepId ?? null,
		points: round2(items.reduce((s, i) => s + i.points, 0)),
		max: round2(state.max + (state.timeUp?.max ?? 0)),
		passMark: passMark(common.pack),
		startedAt: state.timing?.startedAt ?? common.startedAt,
		endedAt: Math.max(common.endedAt, state.timing?.startedAt ?? 0)
	};
}

export function resultOfQuiz(state: QuizRunState, common: Common): ResultBody {
	const items = state.items.map((item, index) => {
		const response = state.responses[index] ?? null;
		return {
			id: item.questionId,
			answer: response?.answer ?? null,
			points: response?.points ?? 0,
			max: response?.max ?? 1
		};
	});
	return {
		format: RESULT_FORMAT,
		session: common.session.id,
		pack: common.pack.id,
		packVersion: common.pack.version,
		kind: 'exam',
		target: common.pack.id,
		name: common.name.trim(),
		items,
		ending: null,
		points: round2(items.reduce((s, i) => s + i.points, 0)),
		max: round2(items.reduce((s, i) => s + i.max, 0)),
		passMark: passMark(common.pack),
		startedAt: state.startedAt,
		endedAt: Math.max(common.endedAt, state.startedAt)
	};
}
