/**
 * The LMS side of a SCO, found the standard way (ADL's API discovery): walk up the parent frames,
 * then the opener and its parents, looking for `API` (1.2) or `API_1484_11` (2004).
 */
import type { CmiWrite } from './cmi';
import type { ScormVersion } from './version';

interface Api12 {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string;
}
interface Api2004 {
	Initialize(arg: ''): string;
	Terminate(arg: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(arg: ''): string;
	GetLastError(): string;
}

/** What the discovery needs of a window (frames of another origin throw on access). */
export interface WindowLike {
	API?: unknown;
	API_1484_11?: unknown;
	parent?: WindowLike | null;
	opener?: WindowLike | null;
}

/** ADL's own bound on the walk, against frames that are their own parent. */
const MAX_DEPTH = 500;

function lookIn(win: WindowLike, version: ScormVersion): unknown {
	let current: WindowLike | null | undefined = win;
	for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
		try {
			const api = version === '1.2' ? current.API : current.API_1484_11;
			if (api && typeof api === 'object') return api;
			if (!current.parent || current.parent === current) return null;
			current = current.parent;
		} catch {
			return null; // a frame of another origin: the LMS is not above it
		}
	}
	return null;
}

export function findApi(win: WindowLike, version: ScormVersion): unknown {
	const found = lookIn(win, version);
	if (found) return found;
	try {
		return win.opener ? lookIn(win.opener, version) : null;
	} catch {
		return null;
	}
}

/** One session with the LMS: initialised once, terminated once. */
export class LmsConnection {
	#terminated = false;
	/** Elements the LMS refused, with its error code (kept for tests and the console). */
	readonly refused: { element: string; code: string }[] = [];

	private constructor(
		readonly version: ScormVersion,
		private readonly api: Api12 | Api2004
	) {}

	/** Initialises the LMS session; null when no LMS is found or it refuses to start. */
	static open(win: WindowLike, version: ScormVersion): LmsConnection | null {
		const api = findApi(win, version) as Api12 | Api2004 | null;
		if (!api) return null;
		const ok =
			version === '1.2' ? (api as Api12).LMSInitialize('') : (api as Api2004).Initialize('');
		return String(ok) === 'true' ? new LmsConnection(version, api) : null;
	}

	get(element: string): string {
		if (this.#terminated) return '';
		const value =
			this.version === '1.2'
				? (this.api as Api12).LMSGetValue(element)
				: (this.api as Api2004).GetValue(element);
		return typeof value === 'string' ? value : String(value ?? '');
	}

	set(writes: readonly CmiWrite[]): void {
		if (this.#terminated) return;
		for (const [element, value] of writes) {
			const ok =
				this.version === '1.2'
					? (this.api as Api12).LMSSetValue(element, value)
					: (this.api as Api2004).SetValue(element, value);
			if (String(ok) !== 'true') this.refused.push({ element, code: this.#lastError() });
		}
	}

	commit(): void {
		if (this.#terminated) return;
		if (this.version === '1.2') (this.api as Api12).LMSCommit('');
		else (this.api as Api2004).Commit('');
	}

	/** Writes the last values and ends the session; later calls do nothing. */
	terminate(writes: readonly CmiWrite[]): void {
		if (this.#terminated) return;
		this.set(writes);
		this.commit();
		this.#terminated = true;
		if (this.version === '1.2') (this.api as Api12).LMSFinish('');
		else (this.api as Api2004).Terminate('');
	}

	#lastError(): string {
		return String(
			this.version === '1.2'
				? (this.api as Api12).LMSGetLastError()
				: (this.api as Api2004).GetLastError()
		);
	}
}
