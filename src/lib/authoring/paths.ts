/**
 * Reading and writing a draft pack at a path (`['scenarios', 0, 'steps', 's1', 'text', 'fr']`).
 * Every write returns a new pack and shares what it did not touch, so undo keeps cheap snapshots
 * and the draft stays plain JSON (storable as is).
 */
import type { PathSegment } from '$lib/packs/issues';

export type Path = readonly PathSegment[];
type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
	typeof value === 'object' && value !== null;

export function getAt(root: unknown, path: Path): unknown {
	let node = root;
	for (const key of path) {
		if (!isContainer(node) || !Object.hasOwn(node, key)) return undefined;
		node = (node as Record<string, unknown>)[key as string];
	}
	return node;
}

function copyOf(node: unknown, nextKey: PathSegment): Container {
	if (Array.isArray(node)) return [...node];
	if (isContainer(node)) return { ...node };
	return typeof nextKey === 'number' ? [] : {};
}

/** Applies `change` to the value at `path`; containers on the way are copied (or created). */
export function updateAt<T>(root: T, path: Path, change: (value: unknown) => unknown): T {
	if (path.length === 0) return change(root) as T;
	const [key, ...rest] = path as [PathSegment, ...PathSegment[]];
	const copy = copyOf(root, key) as Record<string, unknown>;
	const current = isContainer(root) ? (root as Record<string, unknown>)[key as string] : undefined;
	copy[key as string] = updateAt(current, rest, change);
	return copy as T;
}

/** Sets a value; `undefined` removes the key (optional fields), so the export stays clean. */
export function setAt<T>(root: T, path: Path, value: unknown): T {
	if (value !== undefined || path.length === 0) return updateAt(root, path, () => value);
	const parent = path.slice(0, -1);
	const key = path.at(-1)!;
	return updateAt(root, parent, (node) => {
		if (Array.isArray(node)) return node.filter((_, i) => i !== key);
		if (!isContainer(node)) return node;
		const copy = { ...(node as Record<string, unknown>) };
		delete copy[key as string];
		return copy;
	});
}

const listAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function insertAt<T>(root: T, path: Path, item: unknown, index?: number): T {
	return updateAt(root, path, (value) => {
		const list = [...listAt(value)];
		list.splice(index ?? list.length, 0, item);
		return list;
	});
}

export function removeAt<T>(root: T, path: Path, index: number): T {
	return updateAt(root, path, (value) => listAt(value).filter((_, i) => i !== index));
}

/** Moves the item at `from` by `delta` places (−1 up, +1 down); out of bounds does nothing. */
export function moveAt<T>(root: T, path: Path, from: number, delta: number): T {
	const list = listAt(getAt(root, path));
	const to = from + delta;
	if (from < 0 || from >= list.length || to < 0 || to >= list.length) return root;
	return updateAt(root, path, () => {
		const copy = [...list];
		const [item] = copy.splice(from, 1);
		copy.splice(to, 0, item);
		return copy;
	});
}

const recordAt = (value: unknown): Record<string, unknown> =>
	isContainer(value) && !Array.isArray(value) ? value : {};

/** Moves a key of a record (steps are a map: their order is the order the author sees). */
export function moveKey<T>(root: T, path: Path, key: string, delta: number): T {
	const entries = Object.entries(recordAt(getAt(root, path)));
	const from = entries.findIndex(([k]) => k === key);
	const to = from + delta;
	if (from < 0 || to < 0 || to >= entries.length) return root;
	const [entry] = entries.splice(from, 1);
	entries.splice(to, 0, entry!);
	return updateAt(root, path, () => Object.fromEntries(entries));
}

/** Renames a record key in place (same position). */
export function renameKey<T>(root: T, path: Path, from: string, to: string): T {
	const record = recordAt(getAt(root, path));
	if (!Object.hasOwn(record, from) || Object.hasOwn(record, to)) return root;
	return updateAt(root, path, () =>
		Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]))
	);
}

/** The first of `prefix1`, `prefix2`… not in `taken`. */
export function freeId(prefix: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
