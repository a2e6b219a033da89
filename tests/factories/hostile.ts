/**
 * The red team's hostile inputs (issue 21), one factory for unit, component and e2e tests: texts
 * that froze the validator or the renderer, oversized images, lists and backups out of bounds.
 */
import { makePack } from './packs';

/** Markdown texts that froze or crashed a parser before MARKDOWN_LIMITS (each ≤ 20,000 chars). */
export const HOSTILE_TEXTS = {
	/** The validator's link pattern was quadratic: 6 s for 3.6 KB, 63 s for 22 KB. */
	brackets: '['.repeat(19_990) + '](x)',
	/** marked's emphasis is quadratic on mixed markers (11 s for this one in Node). */
	emphasis: '*a_'.repeat(6_000),
	/** Stack overflow in marked's block lexer. */
	deepQuote: '>'.repeat(5_000) + ' x',
	deepList: '- '.repeat(2_000) + 'x',
	indentedList: Array.from({ length: 100 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')
} as const;

/** Texts the old patterns let through; marked's tokens catch them. */
export const SLIPPED_TEXTS = {
	entityLink: '[a [b] c](&#106;avascript&#x3A;alert(1))',
	referenceImage: '![t][r]\n\n[r]: https://evil.example/pixel.png',
	tagWithLt: '<img src=x onerror="a<b">'
} as const;

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

function be32(n: number): number[] {
	return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** A PNG header (signature + IHDR, 1-bit grey) claiming width × height; the rest is not needed. */
export function pngClaiming(width: number, height: number): string {
	const bytes = new Uint8Array([
		0x89,
		0x50,
		0x4e,
		0x47,
		0x0d,
		0x0a,
		0x1a,
		0x0a,
		...be32(13),
		...[0x49, 0x48, 0x44, 0x52],
		...be32(width),
		...be32(height),
		1,
		0,
		0,
		0,
		0,
		...be32(0)
	]);
	return `data:image/png;base64,${base64(bytes)}`;
}

/** A GIF header claiming width × height. */
export function gifClaiming(width: number, height: number): string {
	const bytes = new Uint8Array([
		...[0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
		width & 255,
		width >> 8,
		height & 255,
		height >> 8,
		0,
		0,
		0
	]);
	return `data:image/gif;base64,${base64(bytes)}`;
}

/** The 16,000 × 16,000 one-bit PNG that cost 1.25 GB once shown. */
export const HUGE_PNG = pngClaiming(16_000, 16_000);

/** A valid factory pack whose first question's prompt is `text` (both languages). */
export function packWithText(text: string, id = 'hostile-text') {
	const pack = makePack({ id });
	const question = pack.questions![0]!;
	question.prompt = { fr: text, nl: text };
	return pack;
}

/** A pack with a list far longer than any limit (reported as an internal stack overflow). */
export function packWithLongList(length = 499_000) {
	return { ...makePack({ id: 'hostile-list' }), topics: new Array(length).fill('x') };
}

/** A text of about 19,000 characters at the Markdown marker limit: the costliest text that passes. */
export const MARKER_LIMIT_TEXT = (() => {
	const marked = '*a_ [b](https://x.be) '.repeat(160);
	return marked + 'mot '.repeat((19_000 - marked.length) / 4);
})();

/** A valid pack of 100 questions whose prompts are all at the marker limit (over 3.5 MB of JSON). */
export function packAtMarkerLimit(id = 'hostile-markers') {
	const pack = makePack({ id });
	const question = pack.questions![0]!;
	pack.questions = Array.from({ length: 100 }, (_, i) => ({
		...structuredClone(question),
		id: `q${i}`,
		prompt: { fr: MARKER_LIMIT_TEXT, nl: MARKER_LIMIT_TEXT }
	}));
	return pack;
}
