/**
 * Every way a pack reaches the app — a hosted file's address, a pack inside a link, a file from
 * the device — ends in the same validation; nothing is parsed before its size is known to fit.
 */
import { LIMITS } from '../packs/limits';
import type { PackIssue } from '../packs/issues';
import { parsePackBytes, parsePackText } from '../packs/parse';
import type { Pack } from '../packs/schema';
import { fetchPackFile, type FetchRefusal } from './fetch-pack';
import { decodePayload, payloadFromHash, type DecodeRefusal } from './link-codec';
import { checkPackUrl, type UrlRefusal } from './url-policy';
// Kept apart (no parser, no fetch) so the share worker that uses it stays small.
import { packText } from './pack-json';

export { packText };

export interface PickedFile {
	name: string;
	size: number;
	read(): Promise<Uint8Array>;
}

export type OpenRequest =
	| { kind: 'url'; url: string }
	| { kind: 'inline'; payload: string }
	| { kind: 'file'; file: PickedFile };

export type Refusal = FetchRefusal | DecodeRefusal | 'file-type' | 'not-a-link' | 'too-slow';

export type ReadOutcome =
	| {
			ok: true;
			pack: Pack;
			fileName: string | null;
			warnings: PackIssue[];
			size: number;
			/** The pack as JSON (see `ParseOutcome`), made where the check ran. */
			body: Blob;
	  }
	| { ok: false; kind: 'refused'; reason: Refusal; status?: number; fileName: string | null }
	| { ok: false; kind: 'invalid'; issues: PackIssue[]; fileName: string | null };

const PACK_FILE = /\.(ya?ml|json)$/i;

/** What a pasted text asks for: an app link (`/open#p=…` or `/open?pack=…`) or a pack file's address. */
export function interpretLink(text: string, appOrigin: string): OpenRequest | { refused: Refusal } {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return { refused: 'not-a-link' };
	}
	const payload = payloadFromHash(url.hash);
	if (payload !== null) return { kind: 'inline', payload };
	const pack = url.searchParams.get('pack');
	const target = pack ?? url.href;
	const checked = checkPackUrl(target, appOrigin);
	if (!checked.ok) return { refused: checked.reason satisfies UrlRefusal };
	return { kind: 'url', url: checked.url.href };
}

/** The costly part of opening a pack (decoding, parsing, validating): what a Worker can run. */
export type ParseJob =
	{ kind: 'bytes'; bytes: Uint8Array; fileName: string } | { kind: 'inline'; payload: string };

export type ParseOutcome =
	| {
			ok: true;
			pack: Pack;
			warnings: PackIssue[];
			size: number;
			/** The pack as JSON, made where it was checked: a Blob crosses threads by reference. */
			body: Blob;
	  }
	| { ok: false; kind: 'invalid'; issues: PackIssue[] }
	| { ok: false; kind: 'refused'; reason: DecodeRefusal | 'too-slow' };

export type ParseRunner = (job: ParseJob) => Promise<ParseOutcome>;

function fromValidation(result: ReturnType<typeof parsePackText>, size: number): ParseOutcome {
	if (!result.ok) return { ok: false, kind: 'invalid', issues: result.issues };
	// Made here (in the Worker) for the share panel and the store, which read it in Workers of
	// their own: neither a string nor the pack would reach them without a copy by the page's thread
	// (up to 0.5 s each at 4× CPU slowdown for the largest pack).
	const body = new Blob([JSON.stringify(result.pack)], { type: 'application/json' });
	return { ok: true, pack: result.pack, warnings: result.warnings, size, body };
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

function withFile(outcome: ParseOutcome, fileName: string | null): ReadOutcome {
	if (outcome.ok) return { ...outcome, fileName };
	return outcome.kind === 'invalid'
		? { ok: false, kind: 'invalid', issues: outcome.issues, fileName }
		: { ok: false, kind: 'refused', reason: outcome.reason, fileName };
}

export interface ReadOptions {
	appOrigin: string;
	fetch?: typeof fetch;
	/** Where the parse runs: a Worker in the app, this thread by default (tests, the CLI). */
	parse?: ParseRunner;
	signal?: AbortSignal;
}

export async function readPack(request: OpenRequest, options: ReadOptions): Promise<ReadOutcome> {
	const parse = options.parse ?? runParseJob;
	switch (request.kind) {
		case 'url': {
			const fetched = await fetchPackFile(request.url, options);
			if (!fetched.ok) {
				return {
					ok: false,
					kind: 'refused',
					reason: fetched.reason,
					status: fetched.status,
					fileName: null
				};
			}
			const job = { kind: 'bytes', bytes: fetched.bytes, fileName: fetched.fileName } as const;
			return withFile(await parse(job), fetched.fileName);
		}
		case 'inline':
			return withFile(await parse({ kind: 'inline', payload: request.payload }), null);
		case 'file': {
			const { file } = request;
			if (!PACK_FILE.test(file.name)) {
				return { ok: false, kind: 'refused', reason: 'file-type', fileName: file.name };
			}
			// Refused on the size the picker reports: the file is not even read.
			if (file.size > LIMITS.maxFileBytes) {
				return { ok: false, kind: 'refused', reason: 'too-large', fileName: file.name };
			}
			const job = { kind: 'bytes', bytes: await file.read(), fileName: file.name } as const;
			return withFile(await parse(job), file.name);
		}
	}
}
