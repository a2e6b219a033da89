import { describe, expect, it } from 'vitest';
import {
	MINUTE,
	T0,
	answerInput,
	makeProgressPack,
	openTestDb
} from '../../../tests/factories/progress';
import { recordAnswer } from './answers';
import { nextDueAt, packProgress } from './overview';
import { installPack } from './packs';
import { endRun, startRun } from './runs';

describe('home overview', () => {
	it('gives the next due time, or null before any answer', async () => {
		const { db, profileId } = await openTestDb();
		await installPack(db, makeProgressPack(), 'builtin', T0);
		expect(await nextDueAt(db, profileId)).toBeNull();
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		await recordAnswer(db, answerInput(profileId, 'q2', true, T0));
		const due = await nextDueAt(db, profileId);
		expect(due).toBeGreaterThan(T0);
		expect(due).toBeLessThanOrEqual(T0 + 5 * MINUTE);
	});

	it('counts answered and mastered questions and completed scenarios per pack', async () => {
		const { db, profileId } = await openTestDb();
		await installPack(db, makeProgressPack(), 'builtin', T0);
		await recordAnswer(db, answerInput(profileId, 'q1', false, T0));
		// A fast right answer is rated "easy": the card graduates to review at once.
		await recordAnswer(db, answerInput(profileId, 'q2', true, T0, { durationMs: 1000 }));
		await recordAnswer(db, answerInput(profileId, 'gone', true, T0));
		const base = { profileId, packId: 'pack-a', packVersion: '1.0.0', state: null } as const;
		const run = await startRun(db, { ...base, kind: 'scenario', scenarioId: 's1', at: T0 });
		await endRun(db, run.id, { at: T0 + MINUTE });
		const again = await startRun(db, { ...base, kind: 'scenario', scenarioId: 's1', at: T0 });
		await endRun(db, again.id, { at: T0 + MINUTE });
		await startRun(db, { ...base, kind: 'scenario', scenarioId: 's2', at: T0 });
		const ids = new Map([['pack-a', new Set(['q1', 'q2', 'q3'])]]);
		expect((await packProgress(db, profileId, ids)).get('pack-a')).toEqual({
			answered: 2,
			mastered: 1,
			scenariosCompleted: 1
		});
	});
});
