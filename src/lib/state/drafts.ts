/**
 * Drafts as the authoring screen sees them: stored in the progress database, or kept in memory for
 * the visit when IndexedDB cannot be used (the screen says so).
 */
import { builtinPacks, loadBuiltinPack } from 'virtual:liaison/builtin-packs';
import { localize } from '$lib/i18n/pack-text';
import { copyPack } from '$lib/authoring/ops';
import { emptyPack, type Draft } from '$lib/authoring/templates';
import type { DraftRecord, DraftSummary, Json } from '$lib/progress';
import { learner } from './learner.svelte';

const unsaved = new Map<string, DraftRecord>();

export { builtinPacks };

const shortId = () => Math.random().toString(36).slice(2, 8);

export function draftTitle(draft: Draft, lang: 'fr' | 'nl'): string {
	const title = draft && typeof draft === 'object' ? draft.title : undefined;
	return localize(title, lang).trim();
}

/** Whether drafts survive closing the tab. */
export async function draftsStored(): Promise<boolean> {
	return (await learner.connect()) !== null;
}

export async function listDrafts(): Promise<DraftSummary[]> {
	const c = await learner.connect();
	if (!c)
		return [...unsaved.values()].map(({ id, title, updatedAt }) => ({ id, title, updatedAt }));
	return (await learner.write(({ progress, db }) => progress.listDrafts(db))) ?? [];
}

export async function getDraft(id: string): Promise<DraftRecord | null> {
	const c = await learner.connect();
	if (!c) return unsaved.get(id) ?? null;
	return (await learner.write(({ progress, db }) => progress.getDraft(db, id))) ?? null;
}

/** Saves a draft; false when the write failed (storage full…), the previous copy is intact. */
export async function storeDraft(id: string, draft: Draft, lang: 'fr' | 'nl'): Promise<boolean> {
	const record = { id, title: draftTitle(draft, lang), pack: draft as unknown as Json };
	const c = await learner.connect();
	if (!c) {
		unsaved.set(id, { ...record, updatedAt: Date.now() });
		return true;
	}
	return (await learner.write(({ progress, db }) => progress.saveDraft(db, record))) !== undefined;
}

export async function removeDraft(id: string): Promise<void> {
	unsaved.delete(id);
	await learner.write(({ progress, db }) => progress.deleteDraft(db, id));
}

/** A new draft from an empty pack, a built-in pack or an opened file; returns its id. */
export async function createDraft(
	from: { kind: 'empty' } | { kind: 'builtin'; packId: string } | { kind: 'file'; draft: Draft },
	lang: 'fr' | 'nl'
): Promise<string | null> {
	let draft: Draft;
	if (from.kind === 'empty') draft = emptyPack(`pack-${shortId()}`);
	else if (from.kind === 'builtin') {
		draft = copyPack(await loadBuiltinPack(from.packId), `${from.packId}-${shortId()}`);
	} else draft = from.draft;
	const id = crypto.randomUUID();
	return (await storeDraft(id, draft, lang)) ? id : null;
}
