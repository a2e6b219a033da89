import * as v from 'valibot';
import { builtinPacks } from 'virtual:liaison/builtin-packs';
import { describe, expect, it } from 'vitest';
import * as progress from '$lib/progress';
import { PackSchema } from '$lib/packs/schema';
import { packSummary } from '$lib/packs/summary';
import { makePack } from '../../../tests/factories/packs';
import { T0, MINUTE, openTestDb } from '../../../tests/factories/progress';
import { HomeOverview } from './home.svelte';
import type { Connection } from './learner.svelte';
import { QuizSession, type QuizStore } from './quiz-session.svelte';

const pack = v.parse(PackSchema, makePack({ id: 'my-pack' }));
const sources = {
	listLibrary: async () => [
		{ summary: packSummary(pack), source: 'import' as const, inPractice: false }
	],
	loadLibrary: async () => [pack]
};

describe('HomeOverview', () => {
	it('shows the built-in packs before anything is loaded', () => {
		const store: QuizStore = { connect: async () => null, write: async () => undefined };
		const home = new HomeOverview(store, sources);
		expect(home.entries.map((e) => e.summary.id)).toEqual(builtinPacks.map((p) => p.id));
		expect(home.loaded).toBe(false);
	});

	it('loads the library, the due count, progress and the quiz to continue', async () => {
		const { db, profileId } = await openTestDb();
		await progress.installPack(db, pack, 'import');
		const connection: Connection = { progress, db, profileId };
		const store: QuizStore = { connect: async () => connection, write: (op) => op(connection) };
		const quiz = await QuizSession.start(store, [pack], {
			mode: 'practice',
			items: [
				{ packId: 'my-pack', questionId: 'q-single' },
				{ packId: 'my-pack', questionId: 'q-truefalse' }
			],
			now: T0
		});
		await quiz.submit({ kind: 'single', optionId: 'b' }, T0);
		await quiz.next(T0);

		const home = new HomeOverview(store, sources);
		await home.load(T0 + 10 * MINUTE);
		expect(home.entries.map((e) => [e.summary.id, e.source])).toEqual([['my-pack', 'import']]);
		expect(home.due).toBe(1);
		expect(home.progress?.get('my-pack')).toEqual({
			answered: 1,
			mastered: 0,
			scenariosCompleted: 0
		});
		expect(home.resume).toEqual({ kind: 'quiz', mode: 'practice', index: 1, total: 2 });
	});
});
