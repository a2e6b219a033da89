/**
 * Untrusted XML → a small element tree, refusing anything that could make parsing costly or
 * reach outside the file: any DOCTYPE (so no entity can be declared: no "billion laughs", no
 * external entity), binary content, excessive size, depth or element count. saxes is a strict,
 * non-validating parser that never fetches anything; an undeclared entity is an error.
 */
import { SaxesParser } from 'saxes';
import { LIMITS } from '$lib/packs/limits';

export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: XmlElement[];
	text: string;
	/** 1-based line of the opening tag. */
	line: number;
}

export const XML_REFUSALS = ['size', 'binary', 'doctype', 'depth', 'count', 'malformed'] as const;
export type XmlRefusal = (typeof XML_REFUSALS)[number];

export class XmlRefused extends Error {
	constructor(
		readonly code: XmlRefusal,
		readonly line = 0
	) {
		super(code);
	}
}

const MAX_DEPTH = 32;
const MAX_ELEMENTS = 200_000;

/** The document's root element; throws XmlRefused with the reason and line. */
export function parseXml(input: string): XmlElement {
	// UTF-16 code units ≥ bytes / 3: a cheap bound checked before anything else.
	if (input.length > LIMITS.maxFileBytes) throw new XmlRefused('size');
	if (new TextEncoder().encode(input).length > LIMITS.maxFileBytes) throw new XmlRefused('size');
	const lineAt = (index: number) => input.slice(0, index).split('\n').length;
	// NUL and other C0 controls are not XML characters: a binary file or another encoding.
	const head = input.slice(0, 4096);
	for (let i = 0; i < head.length; i++) {
		const c = head.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd)
			throw new XmlRefused('binary', lineAt(i));
	}
	// Moodle's files have no DOCTYPE; refusing any before parsing rules out every entity trick.
	const doctype = /<!DOCTYPE/i.exec(input);
	if (doctype) throw new XmlRefused('doctype', lineAt(doctype.index));

	const parser = new SaxesParser({ xmlns: false, position: true });
	const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '', line: 0 };
	const stack: XmlElement[] = [root];
	let count = 0;
	let failure: XmlRefused | null = null;
	const stop = (code: XmlRefusal) => {
		failure ??= new XmlRefused(code, parser.line);
		throw failure;
	};
	parser.on('doctype', () => stop('doctype'));
	parser.on('opentag', (tag) => {
		if (stack.length > MAX_DEPTH) stop('depth');
		if (++count > MAX_ELEMENTS) stop('count');
		const attrs: Record<string, string> = Object.create(null);
		for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
		const el: XmlElement = { name: tag.name, attrs, children: [], text: '', line: parser.line };
		stack.at(-1)!.children.push(el);
		stack.push(el);
	});
	parser.on('closetag', () => void stack.pop());
	parser.on('text', (t) => (stack.at(-1)!.text += t));
	parser.on('cdata', (t) => (stack.at(-1)!.text += t));
	parser.on('error', (e) => {
		failure ??= new XmlRefused('malformed', parser.line);
		throw e;
	});
	try {
		parser.write(input).close();
	} catch {
		if (failure) throw failure;
		throw new XmlRefused('malformed', parser.line);
	}
	const top = root.children[0];
	if (!top) throw new XmlRefused('malformed', 1);
	return top;
}

/** The first child element called `name`. */
export const child = (el: XmlElement | undefined, name: string) =>
	el?.children.find((c) => c.name === name);
export const childrenOf = (el: XmlElement | undefined, name: string) =>
	el?.children.filter((c) => c.name === name) ?? [];
/** The text of `<name><text>…</text></name>`, or of `<name>…</name>`. */
export const textOf = (el: XmlElement | undefined, name?: string): string => {
	const target = name ? child(el, name) : el;
	if (!target) return '';
	const inner = child(target, 'text');
	return (inner ? inner.text : target.text).trim();
};
