/**
 * A trainee's result as it travels to the instructor (QR code, file or link): only what the class
 * debrief needs, never anything else about the trainee. Defined as a valibot schema because every
 * result the instructor collects is untrusted input.
 */
import * as v from 'valibot';
import { AnswerSchema } from '$lib/engine/answers';
import { isSafeId } from '$lib/packs/limits';

export const RESULT_FORMAT = 1;
export const RESULT_KINDS = ['scenario', 'exam'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** A display name: any name or nickname, shown as text only. */
export const MAX_NAME_LENGTH = 60;
/** Far above a real scenario (a run stops at 2 000 steps) or exam; keeps one result small. */
export const MAX_ITEMS = 300;
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{8,32}$/;

const Id = v.pipe(v.string(), v.check(isSafeId, 'id'));
const Finite = v.pipe(v.number(), v.finite(), v.minValue(-10_000), v.maxValue(10_000));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

export const ResultItemSchema = v.strictObject({
	/** The step id (scenario) or question id (exam). */
	id: Id,
	/** What was chosen; null for an exam question left unanswered. */
	answer: v.nullable(AnswerSchema),
	points: Finite,
	max: Finite
});

export const ResultBodySchema = v.strictObject({
	format: v.literal(RESULT_FORMAT),
	session: v.pipe(v.string(), v.regex(SESSION_ID_PATTERN, 'session')),
	pack: Id,
	packVersion: v.pipe(v.string(), v.maxLength(64)),
	kind: v.picklist(RESULT_KINDS),
	/** The scenario id, or the pack id again for an exam on the pack's questions. */
	target: Id,
	name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name'), v.maxLength(MAX_NAME_LENGTH, 'name')),
	items: v.pipe(v.array(ResultItemSchema), v.maxLength(MAX_ITEMS)),
	/** The ending step reached (scenario), null for an exam or a run that ran out of time. */
	ending: v.nullable(Id),
	points: Finite,
	max: Finite,
	/** Percent needed to pass, from the pack's options. */
	passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	startedAt: Time,
	endedAt: Time
});

export const ResultSchema = v.strictObject({
	...ResultBodySchema.entries,
	checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{14}$/, 'checksum'))
});

export type ResultItem = v.InferOutput<typeof ResultItemSchema>;
export type ResultBody = v.InferOutput<typeof ResultBodySchema>;
export type ClassResult = v.InferOutput<typeof ResultSchema>;

/**
 * cyrb53: a fast 53-bit hash. The checksum catches a damaged or hand-edited result; it is not a
 * signature (anyone can recompute it), which is why points are also checked against the pack.
 */
export function hash53(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The body's fields in a fixed order, so the checksum does not depend on key order. */
function canonical(body: ResultBody): string {
	return JSON.stringify([
		body.format,
		body.session,
		body.pack,
		body.packVersion,
		body.kind,
		body.target,
		body.name,
		body.items.map((i) => [i.id, i.answer, i.points, i.max]),
		body.ending,
		body.points,
		body.max,
		body.passMark,
		body.startedAt,
		body.endedAt
	]);
}

export const checksumOf = (body: ResultBody): string => hash53(canonical(body));

export function sealResult(body: ResultBody): ClassResult {
	return { ...body, checksum: checksumOf(body) };
}
