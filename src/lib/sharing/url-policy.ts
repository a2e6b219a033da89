/**
 * Which addresses a pack may be fetched from. A pack link is untrusted: only `https:` (anywhere)
 * and the app's own origin (which may be plain http on a trainer's laptop) are accepted.
 */

export type UrlRefusal = 'invalid' | 'not-https' | 'scheme' | 'credentials' | 'too-long';

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: UrlRefusal };

/** Longer addresses are not links a person shares. */
export const MAX_PACK_URL_LENGTH = 2_048;

export function checkPackUrl(raw: string, appOrigin: string): UrlCheck {
	const text = raw.trim();
	if (text.length > MAX_PACK_URL_LENGTH) return { ok: false, reason: 'too-long' };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, reason: 'invalid' };
	}
	// user:password@ in a shared link hides the real host from whoever reads it.
	if (url.username || url.password) return { ok: false, reason: 'credentials' };
	if (url.origin === appOrigin && url.origin !== 'null') return { ok: true, url };
	if (url.protocol === 'https:') return { ok: true, url };
	if (url.protocol === 'http:') return { ok: false, reason: 'not-https' };
	return { ok: false, reason: 'scheme' };
}

/** The last part of the path, used as the file name in problems and to tell JSON from YAML. */
export function fileNameOf(url: URL): string {
	const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
	let name: string;
	try {
		name = decodeURIComponent(last);
	} catch {
		name = last;
	}
	return name.slice(0, 120) || url.hostname;
}
