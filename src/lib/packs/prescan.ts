/**
 * A bounded walk of the raw document before schema validation: it refuses documents that are
 * too deep or too large (recursive schemas would otherwise recurse without limit) and keys that
 * could reach Object.prototype. Iterative, so hostile input cannot overflow the stack here.
 */
import { issue, type PackIssue, type PathSegment } from './issues.ts';
import { LIMITS } from './limits.ts';

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PrescanResult {
	issues: PackIssue[];
	/** True when schema validation must not run (depth or size exceeded). */
	fatal: boolean;
}

export function prescan(input: unknown): PrescanResult {
	const issues: PackIssue[] = [];
	const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: input, path: [] }];
	let nodes = 0;
	while (stack.length) {
		const { value, path } = stack.pop()!;
		if (++nodes > LIMITS.maxNodes) {
			return { issues: [issue('', 'input.too-many-nodes', { max: LIMITS.maxNodes })], fatal: true };
		}
		if (value === null || typeof value !== 'object') continue;
		if (path.length >= LIMITS.maxDepth) {
			issues.push(issue(path, 'input.too-deep', { max: LIMITS.maxDepth }));
			return { issues, fatal: true };
		}
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--)
				stack.push({ value: value[i], path: [...path, i] });
			continue;
		}
		for (const key of Object.keys(value)) {
			if (RESERVED_KEYS.has(key)) {
				issues.push(issue([...path, key], 'input.reserved-key', { key }));
				continue;
			}
			stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
		}
	}
	return { issues, fatal: false };
}
