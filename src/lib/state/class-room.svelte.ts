/**
 * The instructor's side of a class debrief: the list of sessions, and one session open with its
 * collected results. Every result offered (scanned, file, link) is checked before one transaction
 * adds the good ones; each input gets an outcome that says which result and why.
 */
import {
	MAX_RESULT_FILE_BYTES,
	PartCollector,
	buildClassView,
	checkAgainstSession,
	decodeResult,
	isPart,
	newSessionId,
	payloadFrom,
	type ClassResult,
	type ClassSession,
	type ClassView,
	type ResultKind,
	type ResultRefusal,
	type SessionRefusal
} from '$lib/class';
import type { Pack } from '$lib/packs/schema';
import type { Connection } from './learner.svelte';

export interface ClassStore {
	connect(): Promise<Connection | null>;
	write<T>(operation: (c: Connection) => Promise<T>): Promise<T | undefined>;
}

export type CollectOutcome =
	| { label: string; status: 'added'; name: string }
	| { label: string; status: 'part'; have: number; count: number }
	| { label: string; status: 'refused'; reason: ResultRefusal | SessionRefusal | 'not-found' };

export interface Offered {
	/** Names the result in messages: a file name, "link 2", "scanned code". */
	label: string;
	text: string;
}

export class ClassSessions {
	sessions = $state.raw<ClassSession[]>([]);
	loaded = $state(false);

	constructor(private readonly store: ClassStore) {}

	async load(): Promise<void> {
		const c = await this.store.connect();
		this.sessions = c ? await c.progress.listClassSessions(c.db) : [];
		this.loaded = true;
	}

	async create(input: {
		name: string;
		pack: Pack;
		kind: ResultKind;
		target: string;
		now?: number;
	}): Promise<ClassSession> {
		const now = input.now ?? Date.now();
		const session: ClassSession = {
			id: newSessionId((bytes) => crypto.getRandomValues(bytes)),
			name: input.name.trim(),
			packId: input.pack.id,
			packVersion: input.pack.version,
			kind: input.kind,
			target: input.target,
			createdAt: now,
			updatedAt: now
		};
		await this.store.write((c) => c.progress.saveClassSession(c.db, session));
		await this.load();
		return session;
	}

	async rename(id: string, name: string): Promise<void> {
		await this.store.write((c) => c.progress.renameClassSession(c.db, id, name.trim()));
		await this.load();
	}

	async remove(id: string): Promise<void> {
		await this.store.write((c) => c.progress.deleteClassSession(c.db, id));
		await this.load();
	}
}

export class ClassRoom {
	results = $state.raw<ClassResult[]>([]);
	outcomes = $state.raw<CollectOutcome[]>([]);
	readonly view: ClassView | null;
	#parts = new PartCollector();

	constructor(
		private readonly store: ClassStore,
		readonly session: ClassSession,
		/** The session's pack at its version; undefined when it is not installed (any more). */
		readonly pack: Pack | undefined
	) {
		this.view = $derived(pack ? buildClassView(pack, session, this.results) : null);
	}

	async load(): Promise<void> {
		const c = await this.store.connect();
		this.results = c ? await c.progress.listClassResults(c.db, this.session.id) : [];
	}

	/** Checks every offered text, adds the good results together, and reports on each. */
	async collect(offered: readonly Offered[]): Promise<CollectOutcome[]> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to one call, not state
		const known = new Set(this.results.map((r) => r.checksum));
		const fresh: ClassResult[] = [];
		const outcomes: CollectOutcome[] = [];
		for (const { label, text } of offered) {
			let payload: string | null;
			if (isPart(text.trim())) {
				const part = this.#parts.add(text);
				if (part.status === 'invalid') {
					outcomes.push({ label, status: 'refused', reason: 'corrupt' });
					continue;
				}
				if (part.status === 'part') {
					outcomes.push({ label, status: 'part', have: part.have, count: part.count });
					continue;
				}
				payload = part.payload;
			} else {
				payload = payloadFrom(text);
			}
			if (!payload) {
				outcomes.push({ label, status: 'refused', reason: 'not-a-result' });
				continue;
			}
			const decoded = await decodeResult(payload);
			if (!decoded.ok) {
				outcomes.push({ label, status: 'refused', reason: decoded.reason });
				continue;
			}
			const refusal = checkAgainstSession(decoded.result, this.session, this.pack, known);
			if (refusal) {
				outcomes.push({ label, status: 'refused', reason: refusal });
				continue;
			}
			known.add(decoded.result.checksum);
			fresh.push(decoded.result);
			outcomes.push({ label, status: 'added', name: decoded.result.name });
		}
		if (fresh.length) {
			await this.store.write((c) => c.progress.addClassResults(c.db, this.session.id, fresh));
			await this.load();
		}
		this.outcomes = [...outcomes, ...this.outcomes].slice(0, 50);
		return outcomes;
	}

	/** Result files: a file too large is refused without being read. */
	async collectFiles(files: readonly File[]): Promise<CollectOutcome[]> {
		const offered: Offered[] = [];
		const tooLarge: CollectOutcome[] = [];
		for (const file of files) {
			if (file.size > MAX_RESULT_FILE_BYTES) {
				tooLarge.push({ label: file.name, status: 'refused', reason: 'too-large' });
			} else {
				offered.push({ label: file.name, text: await file.text() });
			}
		}
		this.outcomes = [...tooLarge, ...this.outcomes];
		return [...tooLarge, ...(await this.collect(offered))];
	}
}
