/**
 * Checks every text the learner reads: one non-empty translation per pack language, and
 * Markdown without raw HTML, with https links only and images from the pack's own assets, and
 * within MARKDOWN_LIMITS.
 * Texts are found by walking the valibot schema next to the data, so no field can be forgotten.
 */
import { Marked, type Tokens, type TokensList } from 'marked';
import type * as v from 'valibot';
import type { CheckContext } from './context.ts';
import type { PathSegment } from './issues.ts';
import { MARKDOWN_LIMITS, markdownExcess } from './markdown-limits.ts';
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

const ASSET_URL = /^asset:([a-z0-9][a-z0-9_-]{0,63})$/i;
const HTTPS_URL = /^https:\/\/\S+$/i;

// The same Markdown dialect as the renderer (rich-text/markdown.ts): what is checked is what shows.
const lexer = new Marked({ gfm: true, breaks: false });

/**
 * Checks one text by walking marked's own tokens (one parse, no hand-made patterns), once the text
 * is known to be within MARKDOWN_LIMITS (past them marked's lexer is quadratic or overflows).
 */
export function checkMarkdown(ctx: CheckContext, text: string, path: readonly PathSegment[]): void {
	const excess = markdownExcess(text);
	if (excess) {
		ctx.report(path, excess === 'markers' ? 'md.too-many-markers' : 'md.too-deep', {
			max: excess === 'markers' ? MARKDOWN_LIMITS.maxMarkers : MARKDOWN_LIMITS.maxNesting
		});
		return;
	}
	// Most texts hold no markup at all: no lexing when nothing could be a tag or a link.
	if (!text.includes('<') && !text.includes('[') && !text.includes(':')) return;
	const reported = new Set<string>();
	const report = (code: 'md.html' | 'md.link' | 'md.image', url = '') => {
		if (reported.has(code + url)) return;
		reported.add(code + url);
		ctx.report(path, code, code === 'md.html' ? undefined : { url: url.slice(0, 120) });
	};
	let tokens: TokensList;
	try {
		tokens = lexer.lexer(text);
	} catch {
		report('md.html');
		return;
	}
	lexer.walkTokens(tokens, (token) => {
		if (token.type === 'html') report('md.html');
		else if (token.type === 'link') checkLink(token as Tokens.Link, report);
		else if (token.type === 'image') checkImage(ctx, path, (token as Tokens.Image).href, report);
	});
	// Reference definitions, used or not ([x]: url).
	for (const def of Object.values(tokens.links))
		if (!HTTPS_URL.test(def.href)) report('md.link', def.href);
}

function checkLink(token: Tokens.Link, report: (code: 'md.link', url: string) => void): void {
	// A bare www. address (gfm) is shown as text: the renderer keeps only https hrefs.
	if (HTTPS_URL.test(token.href) || token.raw.startsWith('www.')) return;
	report('md.link', token.href);
}

function checkImage(
	ctx: CheckContext,
	path: readonly PathSegment[],
	href: string,
	report: (code: 'md.image', url: string) => void
): void {
	const asset = ASSET_URL.exec(href);
	if (!asset) report('md.image', href);
	else if (!ctx.assetIds.has(asset[1]!)) ctx.report(path, 'ref.asset', { id: asset[1]! });
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
