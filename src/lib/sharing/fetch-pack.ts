/**
 * Fetches a pack file with a hard size limit: refused on the announced Content-Length, and the
 * body is streamed and the request aborted as soon as it grows past the limit, so an oversized
 * file is never held whole in memory nor parsed. The whole download also has a time limit: a host
 * that sends one byte a second would otherwise keep "Opening the pack…" on screen forever.
 */
import { LIMITS } from '../packs/limits';
import { checkPackUrl, fileNameOf, type UrlRefusal } from './url-policy';

export type FetchRefusal = UrlRefusal | 'network' | 'http-status' | 'too-large' | 'timeout';

/** The whole download, from request to last byte. */
export const FETCH_TIME_LIMIT_MS = 20_000;

export type FetchResult =
	| { ok: true; bytes: Uint8Array; fileName: string; url: string }
	| { ok: false; reason: FetchRefusal; status?: number };

export interface FetchOptions {
	appOrigin: string;
	maxBytes?: number;
	/** Total time for the download (tests inject a short one). */
	timeoutMs?: number;
	fetch?: typeof fetch;
	signal?: AbortSignal;
}

async function readLimited(
	body: ReadableStream<Uint8Array>,
	maxBytes: number,
	abort: () => void
): Promise<Uint8Array | null> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			abort();
			await reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

export async function fetchPackFile(raw: string, options: FetchOptions): Promise<FetchResult> {
	const checked = checkPackUrl(raw, options.appOrigin);
	if (!checked.ok) return checked;
	const maxBytes = options.maxBytes ?? LIMITS.maxFileBytes;
	const controller = new AbortController();
	options.signal?.addEventListener('abort', () => controller.abort());
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, options.timeoutMs ?? FETCH_TIME_LIMIT_MS);
	try {
		const result = await download(checked.url, maxBytes, controller, options);
		return timedOut && !result.ok ? { ok: false, reason: 'timeout' } : result;
	} finally {
		clearTimeout(timer);
	}
}

async function download(
	url: URL,
	maxBytes: number,
	controller: AbortController,
	options: FetchOptions
): Promise<FetchResult> {
	const doFetch = options.fetch ?? fetch;
	let response: Response;
	try {
		response = await doFetch(url.href, {
			credentials: 'omit',
			redirect: 'follow',
			referrerPolicy: 'no-referrer',
			signal: controller.signal
		});
	} catch {
		return { ok: false, reason: 'network' };
	}
	// A redirect must land on an address the policy accepts too.
	if (response.url && !checkPackUrl(response.url, options.appOrigin).ok) {
		controller.abort();
		return { ok: false, reason: 'not-https' };
	}
	if (!response.ok) {
		controller.abort();
		return { ok: false, reason: 'http-status', status: response.status };
	}
	const announced = Number(response.headers.get('content-length') ?? NaN);
	if (Number.isFinite(announced) && announced > maxBytes) {
		controller.abort();
		return { ok: false, reason: 'too-large' };
	}
	let bytes: Uint8Array | null;
	try {
		bytes = response.body
			? await readLimited(response.body, maxBytes, () => controller.abort())
			: new Uint8Array(await response.arrayBuffer());
	} catch {
		return { ok: false, reason: 'network' };
	}
	if (!bytes || bytes.byteLength > maxBytes) return { ok: false, reason: 'too-large' };
	return { ok: true, bytes, fileName: fileNameOf(url), url: url.href };
}
