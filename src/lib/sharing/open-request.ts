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

export interface PickedFile {
	name: string;
	size: number;
	read(): Promise<Uint8Array>;
}

export type OpenRequest =
	| { kind: 'url'; url: string }
	| { kind: 'inline'; payload: string }
	| { kind: 'file'; file: PickedFile };

export type Refusal = FetchRefusal | DecodeRefusal | 'file-type' | 'not-a-link';

export type ReadOutcome =
	| { ok: true; pack: Pack; fileName: string | null; warnings: PackIssue[] }
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

function fromValidation(
	result: ReturnType<typeof parsePackText>,
	fileName: string | null
): ReadOutcome {
	return result.ok
		? { ok: true, pack: result.pack, fileName, warnings: result.warnings }
		: { ok: false, kind: 'invalid', issues: result.issues, fileName };
}

export async function readPack(
	request: OpenRequest,
	options: { appOrigin: string; fetch?: typeof fetch }
): Promise<ReadOutcome> {
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
			return fromValidation(parsePackBytes(fetched.bytes, fetched.fileName), fetched.fileName);
		}
		case 'inline': {
			const decoded = await decodePayload(request.payload);
			if (!decoded.ok)
				return { ok: false, kind: 'refused', reason: decoded.reason, fileName: null };
			return fromValidation(parsePackText(decoded.text, 'link.json'), null);
		}
		case 'file': {
			const { file } = request;
			if (!PACK_FILE.test(file.name)) {
				return { ok: false, kind: 'refused', reason: 'file-type', fileName: file.name };
			}
			// Refused on the size the picker reports: the file is not even read.
			if (file.size > LIMITS.maxFileBytes) {
				return { ok: false, kind: 'refused', reason: 'too-large', fileName: file.name };
			}
			return fromValidation(parsePackBytes(await file.read(), file.name), file.name);
		}
	}
}

/** Fields that may be left out of a pack (their defaults): links stay as short as they can. */
const OPTIONAL_LISTS = [
	'authors',
	'sources',
	'actors',
	'assets',
	'scenarios',
	'questions'
] as const;

/** The pack as JSON text to put in a link or a file; validating it gives the same pack back. */
export function packText(pack: Pack): string {
	const out: Record<string, unknown> = { ...pack };
	for (const key of OPTIONAL_LISTS) {
		const value = out[key];
		const empty = Array.isArray(value)
			? value.length === 0
			: value && Object.keys(value).length === 0;
		if (empty) delete out[key];
	}
	return JSON.stringify(out);
}
