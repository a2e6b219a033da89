/**
 * suspend_data: the answers given so far, from which the engine replays the run exactly. Plain JSON
 * when it fits; deflated and base64-encoded when not (SCORM 1.2 allows only 4,096 characters).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';

export const SUSPEND_VERSION = 1;

const SuspendSchema = v.object({
	v: v.literal(SUSPEND_VERSION),
	/** The scenario played (a package holds one, but a mismatch must not replay the wrong one). */
	s: v.pipe(v.string(), v.maxLength(200)),
	/** The answers, checked again by the engine when it replays them. */
	a: v.pipe(v.array(v.unknown()), v.maxLength(2_000)),
	/** When the run started (epoch ms), for the pack's time limit. */
	t: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	/** An exam's questions, in the order drawn (absent for a scenario). */
	q: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(1_000)))
});

export type Suspended = v.InferOutput<typeof SuspendSchema>;

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += String.fromCharCode(byte);
	return btoa(text);
}

function fromBase64(text: string): Uint8Array {
	return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The encoded state, or null when even compressed it exceeds `limit` characters. */
export function encodeSuspend(state: Suspended, limit: number): string | null {
	const json = JSON.stringify(state);
	if (json.length + 1 <= limit) return `J${json}`;
	const packed = `Z${toBase64(deflateSync(strToU8(json), { level: 9 }))}`;
	return packed.length <= limit ? packed : null;
}

/** The stored state, or null for anything else (empty, another tool's data, damaged). */
export function decodeSuspend(text: string): Suspended | null {
	try {
		const json =
			text[0] === 'J'
				? text.slice(1)
				: text[0] === 'Z'
					? strFromU8(inflateSync(fromBase64(text.slice(1))))
					: null;
		if (json === null) return null;
		const parsed = v.safeParse(SuspendSchema, JSON.parse(json));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}
