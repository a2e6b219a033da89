/**
 * Checks every text the learner reads: one non-empty translation per pack language, and
 * Markdown without raw HTML, with https links only and images from the pack's own assets.
 * Texts are found by walking the valibot schema next to the data, so no field can be forgotten.
 */
import type * as v from 'valibot';
import type { CheckContext } from './context.ts';
import type { PathSegment } from './issues.ts';
import { LocalizedTextSchema, PackSchema, type Language } from './schema.ts';

type AnySchema = v.GenericSchema & {
	entries?: Record<string, AnySchema>;
	item?: AnySchema;
	value?: AnySchema;
	wrapped?: AnySchema;
	key?: string;
	options?: AnySchema[];
	getter?: (input: unknown) => AnySchema;
};

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!doctype|<\?/i;
const INLINE_LINK = /(!?)\[[^\]\n]*\]\(\s*<?([^)\s>]*)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*<?(\S*?)>?(?:\s|$)/gm;
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;
const BARE_URL = /\b(?:https?|ftp|file|javascript|data|vbscript):(?:\/\/)?[^\s<>()]*/gi;
const ASSET_URL = /^asset:([a-z0-9][a-z0-9_-]{0,63})$/i;

function isHttps(url: string): boolean {
	return /^https:\/\/[^\s]+$/i.test(url);
}

export function checkMarkdown(ctx: CheckContext, text: string, path: readonly PathSegment[]): void {
	// Most texts hold no markup at all: skip the regular expressions when they cannot match.
	const angle = text.includes('<');
	const bracket = text.includes('[');
	if (!angle && !bracket && !text.includes(':')) return;
	if (angle && HTML_TAG.test(text)) ctx.report(path, 'md.html');
	const reported = new Set<string>();
	const link = (url: string) => {
		if (isHttps(url) || reported.has(url)) return;
		reported.add(url);
		ctx.report(path, 'md.link', { url: url.slice(0, 120) });
	};
	if (bracket) scanLinks(ctx, text, path, link);
	if (angle) for (const m of text.matchAll(AUTOLINK)) link(m[1] ?? '');
	for (const m of text.matchAll(BARE_URL)) link(m[0]);
}

function scanLinks(
	ctx: CheckContext,
	text: string,
	path: readonly PathSegment[],
	link: (url: string) => void
): void {
	for (const m of text.matchAll(INLINE_LINK)) {
		const url = m[2] ?? '';
		if (m[1] !== '!') {
			link(url);
			continue;
		}
		const asset = ASSET_URL.exec(url);
		if (!asset) ctx.report(path, 'md.image', { url: url.slice(0, 120) });
		else if (!ctx.assetIds.has(asset[1]!)) ctx.report(path, 'ref.asset', { id: asset[1]! });
	}
	for (const m of text.matchAll(REFERENCE_DEFINITION)) link(m[1] ?? '');
}

function checkLocalized(
	ctx: CheckContext,
	value: Record<string, unknown>,
	path: PathSegment[],
	languages: readonly Language[]
): void {
	for (const lang of languages) {
		const text = value[lang];
		if (text === undefined) ctx.report(path, 'text.missing-translation', { lang });
		else if (typeof text === 'string' && text.trim() === '') {
			ctx.report([...path, lang], 'text.empty', { lang });
		}
	}
	for (const lang of Object.keys(value)) {
		const text = value[lang];
		if (typeof text !== 'string') continue;
		path.push(lang);
		checkMarkdown(ctx, text, path);
		path.pop();
	}
}

/**
 * Visits one value of the given schema. `path` is one mutable stack (push before descending,
 * pop after): texts are many.
 */
type Walker = (
	ctx: CheckContext,
	value: unknown,
	path: PathSegment[],
	languages: readonly Language[]
) => void;

/** For schemas that hold no learner text (scalars, unions: conditions and `next`). */
const SKIP: Walker = () => {};

const walkers = new WeakMap<AnySchema, Walker>();

/**
 * The walker of a schema, built once: it descends only into the fields that can hold a text,
 * so a large pack's ids, numbers and conditions are not visited at all.
 */
function walkerOf(schema: AnySchema): Walker {
	let walker = walkers.get(schema);
	if (!walker) walkers.set(schema, (walker = compile(schema)));
	return walker;
}

function compile(schema: AnySchema): Walker {
	if (schema === (LocalizedTextSchema as unknown)) {
		return (ctx, value, path, languages) =>
			checkLocalized(ctx, value as Record<string, unknown>, path, languages);
	}
	switch (schema.type) {
		case 'optional':
		case 'nullable':
			return walkerOf(schema.wrapped!);
		case 'lazy':
			return (ctx, value, path, languages) =>
				walkerOf(schema.getter!(value))(ctx, value, path, languages);
		case 'object':
		case 'strict_object':
			return compileObject(schema);
		case 'array': {
			const item = walkerOf(schema.item!);
			if (item === SKIP) return SKIP;
			return (ctx, value, path, languages) => {
				const items = value as unknown[];
				for (let i = 0; i < items.length; i++) {
					if (items[i] === undefined || items[i] === null) continue;
					path.push(i);
					item(ctx, items[i], path, languages);
					path.pop();
				}
			};
		}
		case 'record': {
			const item = walkerOf(schema.value!);
			if (item === SKIP) return SKIP;
			return (ctx, value, path, languages) => {
				const record = value as Record<string, unknown>;
				for (const key of Object.keys(record)) {
					if (record[key] === undefined || record[key] === null) continue;
					path.push(key);
					item(ctx, record[key], path, languages);
					path.pop();
				}
			};
		}
		case 'variant':
			return compileVariant(schema);
		default:
			return SKIP;
	}
}

function compileObject(schema: AnySchema): Walker {
	const fields = Object.entries(schema.entries!)
		.map(([key, entry]) => [key, walkerOf(entry)] as const)
		.filter(([, walker]) => walker !== SKIP);
	if (fields.length === 0) return SKIP;
	return (ctx, value, path, languages) => {
		const record = value as Record<string, unknown>;
		for (const [key, walker] of fields) {
			const field = record[key];
			if (field === undefined || field === null) continue;
			path.push(key);
			walker(ctx, field, path, languages);
			path.pop();
		}
	};
}

function compileVariant(schema: AnySchema): Walker {
	const key = schema.key!;
	const byKind = new Map<unknown, Walker>();
	for (const option of schema.options!) {
		const literal = (option.entries?.[key] as { literal?: unknown } | undefined)?.literal;
		if (!byKind.has(literal)) byKind.set(literal, walkerOf(option));
	}
	return (ctx, value, path, languages) =>
		byKind.get((value as Record<string, unknown>)[key])?.(ctx, value, path, languages);
}

/** Walks the whole (validated) pack. Scenarios/questions that failed the schema are skipped. */
export function checkTexts(ctx: CheckContext): void {
	const { scenarios: _s, questions: _q, ...head } = ctx.pack;
	const shape = PackSchema as unknown as AnySchema;
	const languages = ctx.pack.languages;
	walkerOf(shape)(ctx, head, [], languages);
	const entries = shape.entries!;
	const scenario = walkerOf((entries.scenarios!.wrapped as AnySchema).item!);
	const question = walkerOf((entries.questions!.wrapped as AnySchema).item!);
	for (const [i, s] of ctx.scenarios) scenario(ctx, s, ['scenarios', i], languages);
	for (const [i, q] of ctx.questions) question(ctx, q, ['questions', i], languages);
}
