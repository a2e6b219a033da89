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

/** `path` is one mutable stack (push before descending, pop after): texts are many. */
function walk(
	ctx: CheckContext,
	schema: AnySchema,
	value: unknown,
	path: PathSegment[],
	languages: readonly Language[]
): void {
	if (value === undefined || value === null) return;
	if (schema === (LocalizedTextSchema as unknown)) {
		checkLocalized(ctx, value as Record<string, unknown>, path, languages);
		return;
	}
	switch (schema.type) {
		case 'optional':
		case 'nullable':
			return walk(ctx, schema.wrapped!, value, path, languages);
		case 'lazy':
			return walk(ctx, schema.getter!(value), value, path, languages);
		case 'object':
		case 'strict_object':
			for (const [key, entry] of Object.entries(schema.entries!)) {
				const field = (value as Record<string, unknown>)[key];
				if (field === undefined) continue;
				path.push(key);
				walk(ctx, entry, field, path, languages);
				path.pop();
			}
			return;
		case 'array':
			(value as unknown[]).forEach((item, i) => {
				path.push(i);
				walk(ctx, schema.item!, item, path, languages);
				path.pop();
			});
			return;
		case 'record':
			for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
				path.push(key);
				walk(ctx, schema.value!, item, path, languages);
				path.pop();
			}
			return;
		case 'variant': {
			const kind = (value as Record<string, unknown>)[schema.key!];
			const option = schema.options!.find(
				(o) => (o.entries?.[schema.key!] as { literal?: unknown } | undefined)?.literal === kind
			);
			if (option) walk(ctx, option, value, path, languages);
			return;
		}
		default:
			// Scalars and unions (conditions, `next`) hold no learner text.
			return;
	}
}

/** Walks the whole (validated) pack. Scenarios/questions that failed the schema are skipped. */
export function checkTexts(ctx: CheckContext): void {
	const { scenarios: _s, questions: _q, ...head } = ctx.pack;
	const shape = PackSchema as unknown as AnySchema;
	const languages = ctx.pack.languages;
	walk(ctx, shape, head, [], languages);
	const entries = shape.entries!;
	const scenarioSchema = (entries.scenarios!.wrapped as AnySchema).item!;
	const questionSchema = (entries.questions!.wrapped as AnySchema).item!;
	for (const [i, s] of ctx.scenarios) walk(ctx, scenarioSchema, s, ['scenarios', i], languages);
	for (const [i, q] of ctx.questions) walk(ctx, questionSchema, q, ['questions', i], languages);
}
