/**
 * A pack inside a link: the pack's JSON, raw-deflated, base64url, after a version prefix, in the
 * URL fragment (`/open#p=1.<data>`). A fragment is never sent to any server, so the pack goes from
 * the trainer's device to the trainee's without one. Compression is the platform's own
 * (Compression Streams, in every current browser and in Node): no library to download.
 */
import { LIMITS } from '../packs/limits';

export const LINK_VERSION = '1';
/** Longer links break in chat apps and mail clients, and make QR codes too dense to scan. */
export const MAX_LINK_LENGTH = 2_000;
/** Refused before decoding: far above any link the app makes, and cheap to check. */
export const MAX_PAYLOAD_CHARS = 64_000;
/** What the data may inflate to (a small payload can expand ~1000 times: bound it). */
export const MAX_INFLATED_BYTES = LIMITS.maxFileBytes;

export type DecodeRefusal = 'version' | 'encoding' | 'corrupt' | 'too-large' | 'missing';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: DecodeRefusal };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
	// A length of 1 modulo 4 is never produced by an encoder.
	if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** Runs bytes through a (de)compression stream; `onChunk` may stop it by returning false. */
async function pipe(
	stream: CompressionStream | DecompressionStream,
	data: Uint8Array,
	onChunk: (chunk: Uint8Array) => boolean
): Promise<void> {
	const writer = stream.writable.getWriter();
	// Write errors surface again on the reading side; caught here so none goes unhandled.
	writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	const reader = stream.readable.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		if (!onChunk(value)) {
			await reader.cancel().catch(() => {});
			return;
		}
	}
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** `1.<data>` for a pack's text (JSON). */
export async function encodePayload(text: string): Promise<string> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	await pipe(new CompressionStream('deflate-raw'), new TextEncoder().encode(text), (chunk) => {
		chunks.push(chunk);
		total += chunk.length;
		return true;
	});
	return `${LINK_VERSION}.${toBase64Url(concat(chunks, total))}`;
}

/** Inflates as a stream and stops as soon as the output passes `max` (zip bombs). */
async function inflateBounded(
	data: Uint8Array,
	max: number
): Promise<Uint8Array | 'too-large' | 'corrupt'> {
	if (data.length === 0) return 'corrupt';
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		await pipe(new DecompressionStream('deflate-raw'), data, (chunk) => {
			total += chunk.length;
			chunks.push(chunk);
			return total <= max;
		});
	} catch {
		return 'corrupt';
	}
	return total > max ? 'too-large' : concat(chunks, total);
}

export async function decodePayload(
	payload: string,
	maxInflated = MAX_INFLATED_BYTES
): Promise<DecodeResult> {
	if (!payload) return { ok: false, reason: 'missing' };
	if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, reason: 'too-large' };
	const dot = payload.indexOf('.');
	if (dot < 0 || payload.slice(0, dot) !== LINK_VERSION) return { ok: false, reason: 'version' };
	const data = fromBase64Url(payload.slice(dot + 1));
	if (!data) return { ok: false, reason: 'encoding' };
	const inflated = await inflateBounded(data, maxInflated);
	if (typeof inflated === 'string') return { ok: false, reason: inflated };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
	} catch {
		return { ok: false, reason: 'corrupt' };
	}
}

/** The payload of `#p=…` in a location hash, or null when the hash holds none. */
export function payloadFromHash(hash: string): string | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	return params.get('p');
}

export type InlineLink =
	{ ok: true; url: string } | { ok: false; reason: 'too-long'; length: number };

/** The link that carries the pack itself, or why it cannot (then share the file). */
export async function inlineLink(openUrl: string, packText: string): Promise<InlineLink> {
	const url = `${openUrl}#p=${await encodePayload(packText)}`;
	return url.length <= MAX_LINK_LENGTH
		? { ok: true, url }
		: { ok: false, reason: 'too-long', length: url.length };
}

/** The link that makes the app fetch a hosted pack file (`/open?pack=https://…`). */
export function hostedLink(openUrl: string, fileUrl: string): string {
	return `${openUrl}?${new URLSearchParams({ pack: fileUrl })}`;
}
