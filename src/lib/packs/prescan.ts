/**
 * A bounded walk of the raw document before schema validation: it refuses documents that are
 * too deep or too large (recursive schemas would otherwise recurse without limit) and keys that
 * could reach Object.prototype. The walk recurses, but never deeper than LIMITS.maxDepth, so
 * hostile input cannot overflow the stack; the path is one mutable array, formatted only when an
 * issue is reported (a large pack has some 100,000 values).
 */
import { issue, type PackIssue, type PathSegment } from './issues.ts';
import { LIMITS } from './limits.ts';

export interface PrescanResult {
	issues: PackIssue[];
	/** True when schema validation must not run (depth or size exceeded). */
	fatal: boolean;
}

function isReserved(key: string): boolean {
	return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

class Scan {
	readonly issues: PackIssue[] = [];
	readonly path: PathSegment[] = [];
	nodes = 0;
	fatal = false;

	/** Counts one value; false when there are too many (the walk must stop). */
	count(): boolean {
		if (++this.nodes <= LIMITS.maxNodes) return true;
		this.issues.length = 0;
		this.issues.push(issue('', 'input.too-many-nodes', { max: LIMITS.maxNodes }));
		this.fatal = true;
		return false;
	}

	/** Visits a value already counted. Scalars are counted by their parent, without a call. */
	visit(value: object): boolean {
		const { path } = this;
		if (path.length >= LIMITS.maxDepth) {
			this.issues.push(issue(path, 'input.too-deep', { max: LIMITS.maxDepth }));
			this.fatal = true;
			return false;
		}
		if (Array.isArray(value)) {
			// No list of a pack may hold more than maxQuestions: a longer one (499,000 items) made
			// schema validation overflow the stack and take seconds, so it is refused here.
			if (value.length > LIMITS.maxQuestions) {
				this.issues.push(issue(path, 'input.too-long', { max: LIMITS.maxQuestions }));
				this.fatal = true;
				return false;
			}
			for (let i = 0; i < value.length; i++) {
				if (!this.child(i, value[i])) return false;
			}
			return true;
		}
		const record = value as Record<string, unknown>;
		for (const key of Object.keys(record)) {
			if (isReserved(key)) {
				path.push(key);
				this.issues.push(issue(path, 'input.reserved-key', { key }));
				path.pop();
			} else if (!this.child(key, record[key])) return false;
		}
		return true;
	}

	child(segment: PathSegment, value: unknown): boolean {
		if (!this.count()) return false;
		if (value === null || typeof value !== 'object') return true;
		this.path.push(segment);
		const go = this.visit(value);
		this.path.pop();
		return go;
	}
}

export function prescan(input: unknown): PrescanResult {
	const scan = new Scan();
	if (scan.count() && input !== null && typeof input === 'object') scan.visit(input);
	return { issues: scan.issues, fatal: scan.fatal };
}
