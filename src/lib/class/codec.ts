/**
 * A result as text: JSON, raw-deflated, base64url (the codec of pack links), inside a link
 * (`/class#r=1.<data>`), a file, or QR codes. Decoding checks size, encoding, shape and checksum,
 * and says why a result is refused.
 */
import * as v from 'valibot';
import { decodePayload, encodePayload } from '$lib/sharing/link-codec';
import {
	ResultBodySchema,
	ResultSchema,
	checksumOf,
	sealResult,
	type ClassResult,
	type ResultBody
} from './format';

/** Refused before decoding: a 300-step result compresses to far less. */
export const MAX_RESULT_CHARS = 24_000;
/** What a result may inflate to (a small payload could otherwise inflate a thousandfold). */
export const MAX_RESULT_BYTES = 128_000;
/** A result file larger than this is refused without being read. */
export const MAX_RESULT_FILE_BYTES = 64_000;

export type ResultRefusal =
	'empty' | 'too-large' | 'not-a-result' | 'corrupt' | 'unsafe-keys' | 'invalid' | 'checksum';

export type DecodedResult =
	{ ok: true; result: ClassResult } | { ok: false; reason: ResultRefusal };

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse, refusing any object with a key that could reach a prototype. */
function parseJson(text: string): unknown | 'unsafe-keys' | 'corrupt' {
	let unsafe = false;
	try {
		const value = JSON.parse(text, (key, val) => {
			if (PROTOTYPE_KEYS.has(key)) unsafe = true;
			return val;
		});
		return unsafe ? 'unsafe-keys' : value;
	} catch {
		return 'corrupt';
	}
}

/** Seals a result body (checked first: the trainee's own device must not make a bad result). */
export async function encodeResult(body: ResultBody): Promise<string> {
	const checked = v.parse(ResultBodySchema, body);
	return encodePayload(JSON.stringify(sealResult(checked)));
}

/** A parsed, sealed result object (from a payload's JSON), or why it is refused. */
export function checkResultObject(input: unknown): DecodedResult {
	const parsed = v.safeParse(ResultSchema, input);
	if (!parsed.success) return { ok: false, reason: 'invalid' };
	const { checksum, ...body } = parsed.output;
	if (checksumOf(body) !== checksum) return { ok: false, reason: 'checksum' };
	return { ok: true, result: parsed.output };
}

export async function decodeResult(payload: string): Promise<DecodedResult> {
	const text = payload.trim();
	if (!text) return { ok: false, reason: 'empty' };
	if (text.length > MAX_RESULT_CHARS) return { ok: false, reason: 'too-large' };
	const decoded = await decodePayload(text, MAX_RESULT_BYTES);
	if (!decoded.ok) {
		const reason = decoded.reason;
		return {
			ok: false,
			reason:
				reason === 'too-large' ? 'too-large' : reason === 'version' ? 'not-a-result' : 'corrupt'
		};
	}
	const json = parseJson(decoded.text);
	if (json === 'unsafe-keys' || json === 'corrupt') return { ok: false, reason: json };
	return checkResultObject(json);
}

export const RESULT_HASH_KEY = 'r';

/** The link that carries a result (the instructor's app imports it when opened). */
export const resultLink = (classUrl: string, payload: string) =>
	`${classUrl}#${RESULT_HASH_KEY}=${payload}`;

/** The result payload inside a link, a file's text, or the payload itself; null if none. */
export function payloadFrom(text: string): string | null {
	const trimmed = text.trim();
	const hash = trimmed.indexOf('#');
	if (hash >= 0) {
		return new URLSearchParams(trimmed.slice(hash + 1)).get(RESULT_HASH_KEY)?.trim() || null;
	}
	return /^\d+\.[A-Za-z0-9_-]+$/.test(trimmed) ? trimmed : null;
}

/** A file name for the result: the display name kept to safe characters. */
export function resultFileName(result: Pick<ClassResult, 'name' | 'target'>): string {
	const name = result.name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `liaison-${result.target}-${name || 'result'}.liaison-result.txt`;
}
