/** Typed failures of the progress store. Codes only: the UI owns the translated messages. */

export const PROGRESS_ERROR_CODES = [
	/** IndexedDB is missing, blocked (private browsing) or failed to open. */
	'unavailable',
	/** The device or browser refused to store more data; nothing was written. */
	'quota-exceeded',
	/** The database was closed, e.g. another tab upgraded it: the page must reload. */
	'closed',
	/** The stored database is newer than this version of the app (an old tab or cached app). */
	'outdated-app',
	/** A profile or run that does not exist. */
	'not-found',
	/** A backup file that is not JSON or does not match the backup format. */
	'backup-invalid',
	/** A JSON file that is not a Liaison backup. */
	'backup-foreign',
	/** A Liaison backup written by a newer version of the app. */
	'backup-unsupported-version',
	/** Any other storage failure; the transaction was rolled back. */
	'write-failed'
] as const;

export type ProgressErrorCode = (typeof PROGRESS_ERROR_CODES)[number];

export class ProgressError extends Error {
	readonly code: ProgressErrorCode;

	constructor(code: ProgressErrorCode, options?: { cause?: unknown; detail?: string }) {
		super(options?.detail ? `${code}: ${options.detail}` : code, { cause: options?.cause });
		this.name = 'ProgressError';
		this.code = code;
	}
}

/** Why a backup file was refused, precise enough for the UI to tell the learner what is wrong with it. */
export type BackupInvalidReason =
	| { kind: 'not-json' }
	| { kind: 'too-large' }
	/** Rows of another profile, duplicate ids, class results without their session. */
	| { kind: 'inconsistent' }
	/** `where`: the dotted path of the first value that does not match the format. */
	| { kind: 'malformed'; where: string }
	/** `count` values out of bounds, the first ones listed in `where`. */
	| { kind: 'out-of-bounds'; where: string; count: number };

/** A backup refused by its content (code `backup-invalid`), with a typed reason: no message parsing. */
export class BackupInvalidError extends ProgressError {
	readonly reason: BackupInvalidReason;

	constructor(reason: BackupInvalidReason, options?: { cause?: unknown; detail?: string }) {
		super('backup-invalid', { cause: options?.cause, detail: options?.detail ?? reason.kind });
		this.name = 'BackupInvalidError';
		this.reason = reason;
	}
}

interface NamedError {
	name?: unknown;
	code?: unknown;
	inner?: unknown;
	cause?: unknown;
	failures?: unknown;
}

/** The error and everything it wraps (Dexie's `inner`, `cause`, bulk `failures`). */
function* chain(error: unknown, depth = 0): Generator<NamedError> {
	if (depth > 8 || typeof error !== 'object' || error === null) return;
	const e = error as NamedError;
	yield e;
	yield* chain(e.inner, depth + 1);
	yield* chain(e.cause, depth + 1);
	if (Array.isArray(e.failures)) for (const f of e.failures) yield* chain(f, depth + 1);
}

function has(error: unknown, ...names: string[]): boolean {
	for (const e of chain(error))
		if (typeof e.name === 'string' && names.includes(e.name)) return true;
	return false;
}

/**
 * Maps what IndexedDB or Dexie threw to a code. Quota errors arrive as a QuotaExceededError
 * DOMException, Dexie's QuotaExceededError, or an AbortError wrapping one, so the whole chain is read.
 */
export function toProgressError(error: unknown): ProgressError {
	if (error instanceof ProgressError) return error;
	const detail = error instanceof Error ? error.message : undefined;
	const make = (code: ProgressErrorCode) => new ProgressError(code, { cause: error, detail });
	for (const e of chain(error)) {
		if (e.name === 'QuotaExceededError' || e.code === 22) return make('quota-exceeded');
	}
	if (has(error, 'VersionError')) return make('outdated-app');
	if (has(error, 'DatabaseClosedError')) return make('closed');
	if (has(error, 'MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError')) {
		return make('unavailable');
	}
	return make('write-failed');
}

/** Runs a storage operation, rethrowing any failure as a ProgressError. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		throw toProgressError(error);
	}
}
