import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { markdownExcess } from '$lib/packs/markdown-limits';

/**
 * Pack text is untrusted: a small Markdown subset is rendered, then sanitised. Raw HTML is dropped,
 * links must be https (they open in a new tab), images may only come from the pack's own assets.
 */
const ALLOWED_TAGS = [
	'p',
	'br',
	'strong',
	'em',
	'ul',
	'ol',
	'li',
	'a',
	'code',
	'blockquote',
	'img'
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title'];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let hooked = false;
function purifier(): typeof DOMPurify {
	if (!hooked) {
		DOMPurify.addHook('afterSanitizeAttributes', (node) => {
			if (node.tagName === 'A') {
				const href = node.getAttribute('href') ?? '';
				if (!/^https:\/\//i.test(href)) node.removeAttribute('href');
				else {
					node.setAttribute('target', '_blank');
					node.setAttribute('rel', 'noopener noreferrer');
				}
			}
			if (
				node.tagName === 'IMG' &&
				!/^data:image\/(png|jpeg|gif|webp);base64,/i.test(node.getAttribute('src') ?? '')
			) {
				node.remove();
			}
		});
		hooked = true;
	}
	return DOMPurify;
}

function markedFor(assets: Record<string, string>): Marked {
	return new Marked({
		gfm: true,
		breaks: false,
		renderer: {
			html: () => '',
			heading: ({ text }) => `<p><strong>${escapeHtml(text)}</strong></p>`,
			image: ({ href, text }) => {
				const key = href.startsWith('asset:') ? href.slice('asset:'.length) : '';
				const src = Object.hasOwn(assets, key) ? assets[key] : undefined;
				return src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(text)}">` : '';
			}
		}
	});
}

const plainHtml = (text: string) => `<p>${escapeHtml(text)}</p>`;

// A screen renders the same texts again and again (a quiz re-renders its question on each answer).
const rendered = new Map<string, string>();
const MAX_CACHED = 200;

/**
 * Safe HTML for a Markdown text; without a DOM (prerendering) the text is only escaped. A text past
 * MARKDOWN_LIMITS (a stored pack may predate them) or one the parser fails on shows as plain text.
 */
export function renderMarkdown(text: string, assets: Record<string, string> = {}): string {
	if (typeof window === 'undefined' || !DOMPurify.isSupported) return plainHtml(text);
	if (markdownExcess(text)) return plainHtml(text);
	const keys = Object.keys(assets);
	const key = keys.length === 0 ? text : null;
	const hit = key === null ? undefined : rendered.get(key);
	if (hit !== undefined) return hit;
	let html: string;
	try {
		const raw = markedFor(assets).parse(text, { async: false });
		html = purifier().sanitize(raw, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });
	} catch {
		html = plainHtml(text);
	}
	if (key !== null) {
		if (rendered.size >= MAX_CACHED) rendered.delete(rendered.keys().next().value!);
		rendered.set(key, html);
	}
	return html;
}
