import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { builtinPacks, loadBuiltinPack } from 'virtual:liaison/builtin-packs';
import { describe, expect, it, vi } from 'vitest';
import StorageBanner from '$lib/components/shell/StorageBanner.svelte';
import { openProgress } from '$lib/progress';
import { makeProgressPack } from '../../../tests/factories/progress';
import { learner } from './learner.svelte';
import { installForPlay } from './library';
import { QuizSession } from './quiz-session.svelte';

const persist = vi.fn(async () => true);
Object.defineProperty(navigator, 'storage', {
	configurable: true,
	value: { persisted: async () => false, persist, estimate: async () => ({ usage: 1, quota: 2 }) }
});

describe('learner', () => {
	it('asks for persistent storage once, after the first save of the learner’s own data', async () => {
		await learner.connect();
		expect(learner.status).toBe('ready');
		expect(learner.persistence).toBe('denied');
		await learner.ensureInstalled([makeProgressPack()], 'builtin');
		expect(persist).not.toHaveBeenCalled();

		await learner.write(({ progress, db, profileId }) =>
			progress.setSetting(db, profileId, 'x', 1)
		);
		await learner.write(({ progress, db, profileId }) =>
			progress.setSetting(db, profileId, 'x', 2)
		);
		await expect.poll(() => learner.persistence).toBe('granted');
		expect(persist).toHaveBeenCalledOnce();
	});

	it('installs the built-in packs of a quiz in one transaction, once per visit', async () => {
		const connection = (await learner.connect())!;
		const builtins = await Promise.all(builtinPacks.slice(0, 3).map((p) => loadBuiltinPack(p.id)));
		const imported = makeProgressPack({ id: 'my-own-pack' });
		const transaction = vi.spyOn(connection.db, 'transaction');
		await installForPlay([...builtins, imported]);
		expect(transaction).toHaveBeenCalledTimes(1);
		const stored = await connection.db.packs.bulkGet(builtins.map((p) => p.id));
		expect(stored.map((r) => [r?.id, r?.version, r?.source])).toEqual(
			builtins.map((p) => [p.id, p.version, 'builtin'])
		);
		// Imported packs are stored when imported, never here.
		expect(await connection.db.packs.get('my-own-pack')).toBeUndefined();
		await installForPlay(builtins);
		expect(transaction).toHaveBeenCalledTimes(1);
		transaction.mockRestore();
	});

	it('starts a quiz on a built-in pack and saved() resolves once the answer is stored', async () => {
		const connection = (await learner.connect())!;
		const pack = await loadBuiltinPack(builtinPacks.at(-1)!.id);
		await connection.db.packs.clear();
		const question = pack.questions!.find((q) => q.kind === 'single')!;
		// As the quiz screen does: installs are not awaited before the session starts.
		void installForPlay([pack]);
		const session = await QuizSession.start(learner, [pack], {
			mode: 'exam',
			items: [{ packId: pack.id, questionId: question.id }],
			now: Date.now()
		});
		// Installed by the time the question shows (quiz-session.svelte.test.ts checks the wait).
		expect(await connection.db.packs.get(pack.id)).toBeDefined();
		if (question.kind !== 'single') throw new Error('no single-choice question');
		void session.submit({ kind: 'single', optionId: question.options[0]!.id });
		await session.saved();
		// A second connection (as after a reload) finds the answer and the finished run.
		const other = await openProgress({ name: connection.db.name });
		if (other.status !== 'ready') throw new Error(other.code);
		const events = await other.db.events.where('packId').equals(pack.id).toArray();
		expect(events.map((e) => e.kind === 'answer' && e.questionId)).toEqual([question.id]);
		other.db.close();
	});

	it('reports a full device, then a database closed by another tab, in the banner', async () => {
		render(StorageBanner);
		const full = await learner.write(async () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		expect(full).toBeUndefined();
		expect(learner.writeError).toBe('quota-exceeded');
		flushSync();
		expect(screen.getByRole('alert')).toHaveTextContent("stockage de l'appareil est plein");

		await learner.write(async ({ progress }) => {
			throw new progress.ProgressError('closed');
		});
		expect(learner.status).toBe('closed');
		flushSync();
		expect(screen.getByRole('alert')).toHaveTextContent('mise à jour dans un autre onglet');
		expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
	});
});
