import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { PackSchema } from '$lib/packs/schema';
import { makePack } from '../../../tests/factories/packs';
import { learner } from './learner.svelte';
import { PlaySession } from './play-session.svelte';

const pack = v.parse(PackSchema, makePack());

describe('play-test session', () => {
	it('starts at the chosen step and stores nothing, even when replaying', async () => {
		const write = vi.spyOn(learner, 'write');
		const connect = vi.spyOn(learner, 'connect');
		const session = PlaySession.preview(pack, 'liaison-basics', 'decide')!;
		expect(session.current?.id).toBe('decide');
		await session.submit({ kind: 'decision', choiceId: 'share' });
		expect(session.feedback?.stepId).toBe('decide');
		session.continue();
		expect(session.current?.id).not.toBe('decide');
		await session.replayFrom(0);
		expect(session.current?.id).toBe('decide');
		expect(write).not.toHaveBeenCalled();
		expect(connect).not.toHaveBeenCalled();
	});

	it('refuses a step that is not in the scenario', () => {
		expect(PlaySession.preview(pack, 'liaison-basics', 'ghost')).toBeNull();
		expect(PlaySession.preview(pack, 'nope')).toBeNull();
	});
});
