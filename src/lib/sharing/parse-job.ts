/** The costly part of opening a pack, run by the pack Worker (or on this thread without one). */
import { parsePackBytes, parsePackText } from '../packs/parse';
import { decodePayload } from './link-codec';
import type { ParseJob, ParseOutcome } from './open-request';

function fromValidation(result: ReturnType<typeof parsePackText>, size: number): ParseOutcome {
	return result.ok
		? { ok: true, pack: result.pack, warnings: result.warnings, size }
		: { ok: false, kind: 'invalid', issues: result.issues };
}

/** Runs a parse job on the current thread (the Worker runs this same function). */
export async function runParseJob(job: ParseJob): Promise<ParseOutcome> {
	if (job.kind === 'bytes') {
		return fromValidation(parsePackBytes(job.bytes, job.fileName), job.bytes.byteLength);
	}
	const decoded = await decodePayload(job.payload);
	if (!decoded.ok) return { ok: false, kind: 'refused', reason: decoded.reason };
	return fromValidation(parsePackText(decoded.text, 'link.json'), decoded.text.length);
}
