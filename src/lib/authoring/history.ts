/**
 * Undo and redo over draft snapshots. Drafts are immutable (see paths.ts), so a snapshot costs
 * only what changed. Typing in one field makes one undo step, not one per key: a change with the
 * same `group` as the previous one, soon after it, replaces it.
 */
export interface History<T> {
	readonly past: readonly T[];
	readonly present: T;
	readonly future: readonly T[];
	/** The group and time of the last change, for merging keystrokes. */
	readonly last?: { group: string; at: number };
}

export const HISTORY_LIMIT = 100;
export const MERGE_MS = 1000;

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

export function record<T>(
	history: History<T>,
	next: T,
	options: { group?: string; at?: number; limit?: number } = {}
): History<T> {
	if (next === history.present) return history;
	const at = options.at ?? Date.now();
	const { group } = options;
	const merge =
		group !== undefined &&
		history.last?.group === group &&
		at - history.last.at < MERGE_MS &&
		history.future.length === 0;
	const limit = options.limit ?? HISTORY_LIMIT;
	const past = merge ? history.past : [...history.past, history.present].slice(-limit);
	return { past, present: next, future: [], last: group ? { group, at } : undefined };
}

export const canUndo = <T>(h: History<T>) => h.past.length > 0;
export const canRedo = <T>(h: History<T>) => h.future.length > 0;

export function undo<T>(h: History<T>): History<T> {
	if (!canUndo(h)) return h;
	return { past: h.past.slice(0, -1), present: h.past.at(-1)!, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
	if (!canRedo(h)) return h;
	return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1) };
}
