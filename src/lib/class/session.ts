/** A class session: what the instructor runs, and the link that opens it on a trainee's phone. */
import type { Pack } from '$lib/packs/schema';
import { toBase64Url } from '$lib/sharing/link-codec';
import type { ResultKind } from './format';
import { DEFAULT_PASS_MARK } from '$lib/engine/quiz';

export interface ClassSession {
	id: string;
	name: string;
	packId: string;
	packVersion: string;
	kind: ResultKind;
	/** The scenario id, or the pack id for an exam on the pack's questions. */
	target: string;
	createdAt: number;
	updatedAt: number;
}

export const MAX_SESSION_NAME = 120;

/** 96 random bits, URL-safe: unguessable enough that two sessions never collide. */
export function newSessionId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
	return toBase64Url(random(new Uint8Array(12)));
}

/** Query parameters a trainee's link carries: the session id and its name (shown on screen). */
export const SESSION_PARAM = 'session';
export const SESSION_NAME_PARAM = 'sessionName';

/** The path and query of the trainee's link (the caller adds the origin and base). */
export function traineePath(session: ClassSession): string {
	const tag = new URLSearchParams({
		[SESSION_PARAM]: session.id,
		[SESSION_NAME_PARAM]: session.name
	});
	if (session.kind === 'scenario') {
		return `play?${new URLSearchParams({ pack: session.packId, scenario: session.target })}&${tag}`;
	}
	return `quiz?${new URLSearchParams({ mode: 'exam', pack: session.packId, start: '1' })}&${tag}`;
}

export interface SessionTag {
	id: string;
	name: string;
}

/** The session a page was opened for, if its link carries a well-formed one. */
export function sessionTagFrom(params: URLSearchParams): SessionTag | null {
	const id = params.get(SESSION_PARAM) ?? '';
	if (!/^[A-Za-z0-9_-]{8,32}$/.test(id)) return null;
	const name = (params.get(SESSION_NAME_PARAM) ?? '').trim().slice(0, MAX_SESSION_NAME);
	return { id, name };
}

export const passMarkOf = (pack: Pack) => pack.options?.passMark ?? DEFAULT_PASS_MARK;
