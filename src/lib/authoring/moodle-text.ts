/**
 * Moodle text formats → Liaison text. Moodle stores every text with a format (moodle, html, plain,
 * markdown); Liaison's prompts and explanations are Markdown, its options, feedback and pairs are
 * plain text. Each part is converted from its own format so that it shows what Moodle shows, and
 * whatever cannot be carried (an image by URL, a link that is not https, styling) is noted.
 */
export type MoodleFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** What a conversion had to change or leave out, for the import report. */
export interface TextNote {
	reason: 'html-stripped' | 'image-dropped' | 'link-dropped' | 'markdown-as-text';
	detail: string;
}

/** Images the XML reader can embed: `@@PLUGINFILE@@/name` → `asset:key`, or null when refused. */
export type ImageResolver = (src: string) => string | null;

export interface Converted {
	text: string;
	notes: TextNote[];
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	laquo: '«',
	raquo: '»',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	euro: '€',
	eacute: 'é',
	Eacute: 'É',
	egrave: 'è',
	Egrave: 'È',
	ecirc: 'ê',
	euml: 'ë',
	agrave: 'à',
	Agrave: 'À',
	acirc: 'â',
	ccedil: 'ç',
	Ccedil: 'Ç',
	icirc: 'î',
	iuml: 'ï',
	ocirc: 'ô',
	ouml: 'ö',
	ucirc: 'û',
	ugrave: 'ù',
	uuml: 'ü',
	auml: 'ä'
};

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, code: string) => {
		if (code[0] !== '#') return NAMED[code] ?? all;
		const n =
			code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
		return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
	});
}

/** Text shown as typed once rendered as Markdown: every character Markdown reads is escaped. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>~|&]/g, '\\$&')
		.replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/gm, (_, space: string, mark: string) =>
			mark.length === 1 ? `${space}\\${mark}` : `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`
		)
		.replace(/^(\s*)(=+|-{3,})\s*$/gm, '$1\\$2');
}

const BLOCK = /^(p|div|li|h[1-6]|tr|pre|blockquote|ul|ol|table|section|article)$/;
const DROP_CONTENT = /^(script|style|object|iframe|embed|audio|video|svg|math)$/;
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-z][a-z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/gi;

function attribute(attrs: string, name: string): string {
	const found = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
	return decodeEntities(found ? (found[2] ?? found[3] ?? found[4] ?? '') : '');
}

/**
 * HTML → Markdown (or plain text). A small tokenizer, no DOM: only the tags Liaison can show
 * become Markdown (bold, italic, line breaks, paragraphs, list items, https links, embedded
 * images); every other tag is removed and the loss is noted once.
 */
export function htmlTo(
	html: string,
	target: 'markdown' | 'plain',
	images?: ImageResolver,
	newlinesBreak = false
): Converted {
	const notes: TextNote[] = [];
	const note = (reason: TextNote['reason'], detail: string) => {
		if (!notes.some((n) => n.reason === reason && n.detail === detail))
			notes.push({ reason, detail });
	};
	const md = target === 'markdown';
	const words = (raw: string) => {
		const t = decodeEntities(newlinesBreak ? raw : raw.replace(/\s+/g, ' '));
		// Moodle's own format shows a new line as a line break: a hard break in Markdown.
		return md ? escapeMarkdown(t).replace(/\r?\n/g, newlinesBreak ? '\\\n' : ' ') : t;
	};
	let out = '';
	let last = 0;
	let skipUntil: string | null = null;
	const links: string[] = [];
	let stripped = false;
	for (const m of html.matchAll(TAG)) {
		if (skipUntil === null) out += words(html.slice(last, m.index));
		last = m.index + m[0].length;
		if (!m[2]) continue; // a comment
		const closing = m[1] === '/';
		const tag = m[2].toLowerCase();
		if (skipUntil !== null) {
			if (closing && tag === skipUntil) skipUntil = null;
			continue;
		}
		if (DROP_CONTENT.test(tag)) {
			if (!closing && !/\/\s*$/.test(m[3] ?? '')) skipUntil = tag;
			note('html-stripped', `<${tag}>`);
			continue;
		}
		if (tag === 'br') out += md ? '\\\n' : '\n';
		else if (BLOCK.test(tag)) {
			out += '\n\n';
			if (tag === 'li' && !closing) out += md ? '- ' : '• ';
		} else if (/^(b|strong|i|em)$/.test(tag)) {
			if (md) out += tag === 'b' || tag === 'strong' ? '**' : '*';
			else stripped = true;
		} else if (tag === 'a') {
			if (!closing) {
				const href = attribute(m[3] ?? '', 'href');
				const keep = md && /^https:\/\//i.test(href);
				if (!keep && href) note('link-dropped', href);
				links.push(keep ? href : '');
				if (keep) out += '[';
			} else {
				const href = links.pop();
				if (href) out += `](${href.replace(/[()\s]/g, encodeURIComponent)})`;
			}
		} else if (tag === 'img') {
			const src = attribute(m[3] ?? '', 'src');
			const alt = attribute(m[3] ?? '', 'alt');
			const key = images?.(src) ?? null;
			if (md && key) out += `![${escapeMarkdown(alt)}](asset:${key})`;
			else note('image-dropped', src || alt);
		} else stripped = true;
	}
	if (skipUntil === null) out += words(html.slice(last));
	if (stripped) note('html-stripped', excerptOf(html));
	const text = out
		.replace(/\*\*(\s*)\*\*/g, '$1')
		.replace(/[ \t\u00a0]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/^(?:\\\n|\s)+|(?:\\\n|\s)+$/g, '');
	return { text, notes };
}

export function excerptOf(source: string): string {
	const flat = source.replace(/\s+/g, ' ').trim();
	return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

const HAS_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const MARKDOWN_SYNTAX = /[*_`[\]]|^\s*(#|>|[-+]\s|\d+\.\s)/m;

/** Markdown images of embedded files (`![alt](@@PLUGINFILE@@/name)`) become pack assets. */
function markdownImages(text: string, images?: ImageResolver): Converted {
	const notes: TextNote[] = [];
	const out = text.replace(
		/!\[([^\]]*)\]\((@@PLUGINFILE@@\/[^)\s]+)\)/g,
		(_, alt: string, src: string) => {
			const key = images?.(src) ?? null;
			if (key) return `![${alt}](asset:${key})`;
			notes.push({ reason: 'image-dropped', detail: src });
			return '';
		}
	);
	return { text: out, notes };
}

/** A part of a question, read in its Moodle format, as Liaison Markdown (prompts, explanations). */
export function toMarkdown(text: string, format: MoodleFormat, images?: ImageResolver): Converted {
	if (format === 'markdown') return markdownImages(text, images);
	if (format === 'plain') return { text: escapeMarkdown(text), notes: [] };
	// Moodle's own format is HTML in which a new line is a line break.
	return htmlTo(text, 'markdown', images, format === 'moodle');
}

/** A part of a question, read in its Moodle format, as Liaison plain text (options, feedback). */
export function toPlain(text: string, format: MoodleFormat): Converted {
	if (format === 'plain') return { text, notes: [] };
	if (format === 'markdown') {
		const notes: TextNote[] = MARKDOWN_SYNTAX.test(text)
			? [{ reason: 'markdown-as-text', detail: excerptOf(text) }]
			: [];
		return { text, notes };
	}
	if (!HAS_TAG.test(text)) return { text, notes: [] };
	return htmlTo(text, 'plain', undefined, format === 'moodle');
}
