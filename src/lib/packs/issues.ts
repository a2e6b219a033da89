/**
 * Validation issues: codes and parameters only. Messages live in locales/<lang>/packs.json
 * (one per code), so the core stays free of any language.
 */
import type * as v from 'valibot';

/** Every code the validator and parser can emit; packs.json must have a message for each. */
export const ISSUE_CODES = [
	// input (before and during parsing)
	'input.too-large',
	'input.syntax',
	'input.duplicate-key',
	'input.tag',
	'input.binary',
	'input.too-deep',
	'input.too-long',
	'input.too-many-nodes',
	'input.reserved-key',
	// schema (shape)
	'schema.required',
	'schema.unknown-key',
	'schema.type',
	'schema.enum',
	'schema.kind',
	'schema.min-length',
	'schema.max-length',
	'schema.min-value',
	'schema.max-value',
	'schema.integer',
	'schema.number',
	'schema.id',
	'schema.pack-id',
	'schema.semver',
	'schema.date',
	'schema.https',
	'schema.data-uri',
	'schema.comparison',
	'schema.condition',
	'schema.invalid',
	// meaning
	'id.duplicate',
	'ref.step',
	'ref.choice',
	'ref.variable',
	'ref.actor',
	'ref.partner-option',
	'ref.topic',
	'ref.source',
	'ref.asset',
	'ref.step-kind',
	'asset.unreadable',
	'asset.too-many-pixels',
	'actor.catalogue-clash',
	'graph.unreachable',
	'graph.no-ending',
	'graph.loop',
	'graph.missing-next',
	'graph.fallback-not-last',
	'graph.no-fallback',
	'graph.too-few-endings',
	'text.missing-translation',
	'text.empty',
	'md.html',
	'md.link',
	'md.image',
	'md.too-many-markers',
	'md.too-deep',
	'score.single-correct',
	'score.multiple-none-correct',
	'score.decision-no-points',
	'score.partners-no-essential',
	'score.pass-mark',
	'score.weights-sum',
	'var.range',
	'var.shown-many',
	'condition.too-deep',
	'limit.steps',
	'limit.steps-total',
	'question.no-topics',
	'citation.long',
	'pack.languages-builtin',
	// source quotes (content:quotes)
	'quote.not-found',
	'quote.near-match',
	'quote.no-source-file',
	'quote.invalid-pack',
	'internal.error'
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export type Severity = 'error' | 'warning';

export interface PackIssue {
	/** Where in the pack, e.g. `scenarios[1].steps.s7.choices[2].next`; '' for the whole file. */
	path: string;
	code: IssueCode;
	params?: Record<string, string | number>;
	severity: Severity;
}

export type PathSegment = string | number;

const PLAIN_KEY = /^[a-z_$][\w$-]*$/i;

/** `['scenarios', 1, 'steps', 's7']` → `scenarios[1].steps.s7`. */
export function formatPath(segments: readonly PathSegment[]): string {
	let out = '';
	for (const s of segments) {
		if (typeof s === 'number') out += `[${s}]`;
		else if (PLAIN_KEY.test(s)) out += out ? `.${s}` : s;
		else out += `[${JSON.stringify(s.length > 80 ? s.slice(0, 80) + '…' : s)}]`;
	}
	return out;
}

export function issue(
	path: readonly PathSegment[] | string,
	code: IssueCode,
	params?: Record<string, string | number>,
	severity: Severity = 'error'
): PackIssue {
	const p = typeof path === 'string' ? path : formatPath(path);
	return params ? { path: p, code, params, severity } : { path: p, code, severity };
}

/** A namespace of messages as in locales/<lang>/packs.json: nested by the parts of a code. */
export interface MessageTree {
	readonly [key: string]: string | MessageTree;
}

/** The message for `code` (e.g. `schema.required` → messages.schema.required), if any. */
export function lookupMessage(messages: MessageTree, code: string): string | undefined {
	let node: string | MessageTree | undefined = messages;
	for (const part of code.split('.')) {
		if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

/** i18next-style interpolation: `{{name}}` is replaced by the parameter `name`. */
export function interpolate(
	template: string,
	params: Readonly<Record<string, string | number>> = {}
): string {
	return template.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}/gi, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole
	);
}

/** The issue's message in the language of `messages` (the code itself when none exists). */
export function formatIssue(issue: PackIssue, messages: MessageTree): string {
	return interpolate(lookupMessage(messages, issue.code) ?? issue.code, issue.params);
}

// ---------------------------------------------------------------- valibot issues → codes

type AnyIssue = v.BaseIssue<unknown>;

const CUSTOM_CODES = new Set<string>(ISSUE_CODES.filter((c) => c.startsWith('schema.')));

function clip(s: string | null | undefined): string {
	const text = s ?? '';
	return text.length > 120 ? text.slice(0, 120) + '…' : text;
}

function pathOf(i: AnyIssue): PathSegment[] {
	return (i.path ?? []).map((p) =>
		typeof p.key === 'number' ? p.key : typeof p.key === 'string' ? p.key : String(p.key)
	);
}

/**
 * Unions (the `next` field, conditions) report one vague issue whose sub-issues (with paths
 * relative to the union) come from every option. A missing or unknown key right at the union's
 * level only says "this was another option"; what is left explains the error.
 */
function deepest(i: AnyIssue, prefix: readonly PathSegment[]): Array<[AnyIssue, PathSegment[]]> {
	const own = [...prefix, ...pathOf(i)];
	if (i.type !== 'union' || !i.issues?.length) return [[i, own]];
	const subs = i.issues
		.filter((s) => !(isKeyIssue(s) && (s.path?.length ?? 0) === 1))
		.flatMap((s) => deepest(s, own));
	// Issues at the union's own level mean "not this option" once a deeper explanation exists.
	const deeper = subs.filter(([, p]) => p.length > own.length);
	if (deeper.length) return deeper;
	return subs.length === 1 ? subs : [[i, own]];
}

function isKeyIssue(i: AnyIssue): boolean {
	return (
		(i.type === 'strict_object' || i.type === 'object') &&
		i.received !== 'Object' &&
		(i.expected === 'never' || i.received === 'undefined')
	);
}

function fromValibot(i: AnyIssue, path: PathSegment[]): PackIssue {
	const expected = clip(i.expected);
	const received = clip(i.received);
	if (CUSTOM_CODES.has(i.message)) {
		return issue(path, i.message as IssueCode, { received });
	}
	switch (i.type) {
		case 'object':
		case 'strict_object':
			if (i.received === 'undefined' && i.expected !== 'never' && i.expected !== 'Object') {
				return issue(path, 'schema.required', { key: String(path.at(-1) ?? '') });
			}
			if (i.expected === 'never')
				return issue(path, 'schema.unknown-key', { key: String(path.at(-1) ?? '') });
			return issue(path, 'schema.type', { expected: 'object', received });
		case 'variant':
			return issue(path, 'schema.kind', { expected, received });
		case 'picklist':
		case 'literal':
			return issue(path, 'schema.enum', { expected, received });
		case 'string':
		case 'number':
		case 'boolean':
		case 'array':
		case 'record':
			return issue(path, 'schema.type', { expected: i.type, received });
		case 'min_length':
			return issue(path, 'schema.min-length', { min: expected.replace(/^>=/, '') });
		case 'max_length':
			return issue(path, 'schema.max-length', { max: expected.replace(/^<=/, '') });
		case 'min_value':
			return issue(path, 'schema.min-value', { min: expected.replace(/^>=/, ''), received });
		case 'max_value':
			return issue(path, 'schema.max-value', { max: expected.replace(/^<=/, ''), received });
		case 'integer':
			return issue(path, 'schema.integer', { received });
		case 'finite':
			return issue(path, 'schema.number', { received });
		case 'union':
			// The only unions are `next` and conditions (whose options are all objects).
			return i.expected === 'Object'
				? issue(path, 'schema.condition', { received })
				: issue(path, 'schema.invalid', { expected, received });
		default:
			return issue(path, 'schema.invalid', { expected, received });
	}
}

/** Converts valibot issues, prefixing each path (used when validating a part of the pack). */
export function fromValibotIssues(
	issues: readonly AnyIssue[],
	prefix: readonly PathSegment[] = []
): PackIssue[] {
	const out: PackIssue[] = [];
	const seen = new Set<string>();
	for (const [i, path] of issues.flatMap((i) => deepest(i, prefix))) {
		const converted = fromValibot(i, path);
		const key = `${converted.path}|${converted.code}`;
		if (!seen.has(key)) {
			seen.add(key);
			out.push(converted);
		}
	}
	return out;
}
