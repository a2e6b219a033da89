/** Test data for the class debrief: sessions and results made by playing the factory pack. */
import * as v from 'valibot';
import { answer, startRun, type Answer, type RunState } from '../../src/lib/engine';
import { PackSchema, type Pack } from '../../src/lib/packs/schema';
import { resultOfQuiz, resultOfRun } from '../../src/lib/class/from-run';
import { sealResult, type ClassResult, type ResultBody } from '../../src/lib/class/format';
import type { ClassSession } from '../../src/lib/class/session';
import { newQuizRun, answerCurrent, advance, finishQuiz } from '../../src/lib/quiz/run';
import { makePack } from './packs';
import { T0, MINUTE } from './progress';

export const classPack: Pack = v.parse(PackSchema, makePack());
export const SESSION_ID = 'sess-abc123XYZ';

export function makeClassSession(overrides: Partial<ClassSession> = {}): ClassSession {
	return {
		id: SESSION_ID,
		name: 'Plan R — promotion 2027, groupe B',
		packId: classPack.id,
		packVersion: classPack.version,
		kind: 'scenario',
		target: 'liaison-basics',
		createdAt: T0,
		updatedAt: T0,
		...overrides
	};
}

/** The answers of three typical paths through the factory scenario. */
export const PATHS = {
	best: [
		{ kind: 'continue' },
		{ kind: 'decision', choiceId: 'share' },
		{ kind: 'partners', actors: ['federal-police', 'immigration-office'] },
		{ kind: 'ordering', order: ['first', 'second'] },
		{ kind: 'truefalse', value: true }
	],
	forgot: [
		{ kind: 'continue' },
		{ kind: 'decision', choiceId: 'share' },
		{ kind: 'partners', actors: ['ccb'] }
	],
	keep: [{ kind: 'continue' }, { kind: 'decision', choiceId: 'keep' }]
} satisfies Record<string, Answer[]>;

export function playPath(answers: readonly Answer[], pack: Pack = classPack): RunState {
	const started = startRun(pack, 'liaison-basics');
	if (!started.ok) throw new Error('start failed');
	let state = started.state;
	for (const a of answers) {
		const next = answer(pack, state, a);
		if (!next.ok) throw new Error(`answer failed: ${JSON.stringify(next.error)}`);
		state = next.state;
	}
	return state;
}

export function scenarioBody(
	name: string,
	path: keyof typeof PATHS = 'best',
	session = makeClassSession()
): ResultBody {
	return resultOfRun(playPath(PATHS[path]), {
		session: { id: session.id, name: session.name },
		pack: classPack,
		name,
		startedAt: T0,
		endedAt: T0 + 7 * MINUTE
	});
}

export const scenarioResult = (...args: Parameters<typeof scenarioBody>): ClassResult =>
	sealResult(scenarioBody(...args));

/** An exam on the pack's questions: `right` lists the questions answered correctly. */
export function examBody(name: string, right: string[]): ResultBody {
	let state = newQuizRun({
		mode: 'exam',
		items: classPack.questions.map((q) => ({ packId: classPack.id, questionId: q.id })),
		now: T0
	});
	for (const q of classPack.questions) {
		const good = right.includes(q.id);
		const given: Record<string, unknown> = {
			single: { kind: 'single', optionId: good ? 'a' : 'b' },
			truefalse: { kind: 'truefalse', value: good }
		};
		const a = given[q.kind];
		const out = a ? answerCurrent(state, q, a, T0) : null;
		// An exam moves on by itself after an answer; an unanswered question is skipped.
		state = out?.ok ? out.state : advance(state);
	}
	return resultOfQuiz(finishQuiz(state), {
		session: { id: SESSION_ID, name: 'Examen' },
		pack: classPack,
		name,
		startedAt: T0,
		endedAt: T0 + 12 * MINUTE
	});
}
