/**
 * What storing a pack from a link or a file would do to the one already stored under its id,
 * decided before anything is written: a new pack, the same one (nothing to do), a newer version
 * (which questions it adds, changes or removes), or a refusal (other content under the same
 * version, or an older version: a link may not quietly rewrite or roll back a pack).
 */
import type { Pack, Question } from '../packs/schema';

export type ImportPlan =
	| { kind: 'new' }
	| { kind: 'same' }
	| {
			kind: 'update';
			previousVersion: string;
			added: string[];
			/** Questions whose content changed: their progress starts again. */
			changed: string[];
			removed: string[];
	  }
	| { kind: 'refused'; reason: 'same-version' | 'downgrade'; previousVersion: string };

const PARTS = /^(\d+)\.(\d+)\.(\d+)(?:-(.+))?$/;

/** Semantic version order: < 0 when `a` comes before `b`. A pre-release comes before its release. */
export function compareVersions(a: string, b: string): number {
	const x = PARTS.exec(a);
	const y = PARTS.exec(b);
	if (!x || !y) return a.localeCompare(b);
	for (let i = 1; i <= 3; i++) {
		const d = Number(x[i]) - Number(y[i]);
		if (d !== 0) return Math.sign(d);
	}
	if (x[4] === y[4]) return 0;
	if (x[4] === undefined) return 1;
	if (y[4] === undefined) return -1;
	return x[4].localeCompare(y[4], 'en', { numeric: true });
}

/** JSON with object keys sorted: equal for equal content whatever the key order. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

/** Every question of a pack (the bank and those inside scenario steps) by id, as canonical JSON. */
export function questionContents(pack: Pack): Map<string, string> {
	const out = new Map<string, string>();
	const add = (q: Question) => out.set(q.id, canonical(q));
	for (const q of pack.questions) add(q);
	for (const scenario of pack.scenarios) {
		for (const step of Object.values(scenario.steps))
			if (step.kind === 'question') add(step.question);
	}
	return out;
}

export function planImport(pack: Pack, stored: Pack | null): ImportPlan {
	if (!stored) return { kind: 'new' };
	const order = compareVersions(pack.version, stored.version);
	const previousVersion = stored.version;
	if (order < 0) return { kind: 'refused', reason: 'downgrade', previousVersion };
	if (order === 0) {
		return canonical(pack) === canonical(stored)
			? { kind: 'same' }
			: { kind: 'refused', reason: 'same-version', previousVersion };
	}
	const before = questionContents(stored);
	const after = questionContents(pack);
	const added: string[] = [];
	const changed: string[] = [];
	for (const [id, content] of after) {
		const old = before.get(id);
		if (old === undefined) added.push(id);
		else if (old !== content) changed.push(id);
	}
	const removed = [...before.keys()].filter((id) => !after.has(id));
	return { kind: 'update', previousVersion, added, changed, removed };
}
