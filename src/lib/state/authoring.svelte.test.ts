import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { makePack } from '../../../tests/factories/packs';
import { emptyPack } from '$lib/authoring/templates';

const stored: Array<{ id: string; title: string }> = [];
vi.mock('./drafts', () => ({
	storeDraft: vi.fn(async (id: string, draft: { title?: { fr?: string } }) => {
		stored.push({ id, title: draft.title?.fr ?? '' });
		return true;
	})
}));

const { AUTOSAVE_MS, DraftEditor } = await import('./authoring.svelte');

afterEach(() => {
	vi.useRealTimers();
	stored.length = 0;
});

describe('draft editor', () => {
	it('autosaves once after typing stops, and at once on flush', async () => {
		vi.useFakeTimers();
		const editor = new DraftEditor('d1', emptyPack('p'));
		editor.set(['title', 'fr'], 'B');
		editor.set(['title', 'fr'], 'Bo');
		expect(editor.saveStatus).toBe('pending');
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 100);
		expect(stored).toEqual([]);
		await vi.advanceTimersByTimeAsync(200);
		expect(stored).toEqual([{ id: 'd1', title: 'Bo' }]);
		expect(editor.saveStatus).toBe('saved');
		editor.set(['title', 'fr'], 'Bon');
		await editor.flush();
		expect(stored.at(-1)).toEqual({ id: 'd1', title: 'Bon' });
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
		expect(stored).toHaveLength(2);
	});

	it('undoes a burst of typing in one field as one step, and redoes it', () => {
		const editor = new DraftEditor('d1', emptyPack('p'));
		editor.set(['title', 'fr'], 'A');
		editor.set(['title', 'fr'], 'Ab');
		expect(editor.canUndo).toBe(true);
		editor.undo();
		expect(editor.get(['title', 'fr'])).toBe('');
		editor.redo();
		expect(editor.get(['title', 'fr'])).toBe('Ab');
	});

	it('validates live and puts each problem at the closest field on screen', () => {
		const editor = new DraftEditor('d1', emptyPack('p'));
		const stop = editor.show(['title', 'nl']);
		flushSync();
		expect(editor.problemsAt('title.nl').map((i) => i.code)).toEqual(['text.empty']);
		editor.set(['title', 'nl'], 'Titel');
		flushSync();
		expect(editor.problemsAt('title.nl')).toEqual([]);
		stop();
		editor.set(['title', 'nl'], '');
		flushSync();
		// Not on screen any more: only the list at the top shows it.
		expect(editor.problemsAt('title.nl')).toEqual([]);
		expect(editor.issues.some((i) => i.path === 'title.nl')).toBe(true);
	});

	it('play-tests only a valid draft, from the chosen step', () => {
		expect(new DraftEditor('d', emptyPack('p')).startPlaytest('x')).toBe(false);
		const editor = new DraftEditor('d', makePack());
		expect(editor.startPlaytest('liaison-basics', 'decide')).toBe(true);
		expect(editor.playtest?.current?.id).toBe('decide');
		editor.stopPlaytest();
		expect(editor.playtest).toBeNull();
	});
});
