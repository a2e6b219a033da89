import type { PackIssue } from '$lib/packs/issues';
import type { Pack } from '$lib/packs/schema';
import { localize } from '$lib/i18n/pack-text';
import { packSummary, type PackSummary } from '$lib/packs/summary';
import { planImport, type ImportPlan } from '$lib/sharing/import-plan';
import { readPack, type OpenRequest, type Refusal } from '$lib/sharing/open-request';
import {
	importPack,
	isBuiltinPack,
	listLibrary,
	openImported,
	openPack,
	removeImportedPack
} from './library';
import { packChecker, type PackChecker } from './pack-check';

export type PreviewPlan = Exclude<ImportPlan, { kind: 'refused' | 'same' }>;

export type OpenView =
	| { status: 'idle' }
	| { status: 'working'; stage: 'download' | 'check' }
	| {
			status: 'refused';
			reason: Refusal | 'builtin-id' | 'write-failed' | 'same-version' | 'downgrade';
			httpStatus?: number;
			fileName: string | null;
			previousVersion?: string;
	  }
	| { status: 'invalid'; issues: PackIssue[]; fileName: string | null }
	| {
			/** Checked, not stored yet: shown first, stored only when the learner agrees. */
			status: 'preview';
			pack: Pack;
			plan: PreviewPlan;
			size: number;
			fileName: string | null;
			/** Whether its questions join the default practice quiz: off for a new pack. */
			inPractice: boolean;
	  }
	| {
			status: 'opened';
			pack: Pack;
			stored: boolean;
			previousVersion: string | null;
			/** The https address it came from, when it came from one (shared as is). */
			fileUrl: string | null;
			/** Its JSON when the checker made it (a pack opened before: made when shared). */
			body: Blob | null;
	  };

interface Pending {
	pack: Pack;
	plan: PreviewPlan;
	source: 'import' | 'link';
	fileUrl: string | null;
	body: Blob;
}

/**
 * The /open screen: reads a pack from a link, a hosted file or a picked file, checks it off the
 * main thread, shows what it is and what it would replace, and stores it only when the learner
 * agrees. A link can neither rewrite a stored pack under the same version nor roll it back.
 */
export class PackOpener {
	view = $state.raw<OpenView>({ status: 'idle' });
	imported = $state.raw<PackSummary[]>([]);
	#appOrigin: string;
	#attempt = 0;
	#checker: PackChecker;
	#download: AbortController | null = null;
	#pending: Pending | null = null;

	constructor(appOrigin: string, checker: PackChecker = packChecker()) {
		this.#appOrigin = appOrigin;
		this.#checker = checker;
	}

	async open(request: OpenRequest): Promise<void> {
		this.#stopWork();
		const attempt = ++this.#attempt;
		this.#pending = null;
		this.view = { status: 'working', stage: request.kind === 'url' ? 'download' : 'check' };
		const download = (this.#download = new AbortController());
		const outcome = await readPack(request, {
			appOrigin: this.#appOrigin,
			signal: download.signal,
			parse: (job) => {
				if (attempt === this.#attempt) this.view = { status: 'working', stage: 'check' };
				return this.#checker.parse(job);
			}
		});
		if (attempt !== this.#attempt) return;
		this.#download = null;
		if (!outcome.ok) {
			this.view =
				outcome.kind === 'invalid'
					? { status: 'invalid', issues: outcome.issues, fileName: outcome.fileName }
					: {
							status: 'refused',
							reason: outcome.reason,
							httpStatus: outcome.status,
							fileName: outcome.fileName
						};
			return;
		}
		const { pack, fileName, body } = outcome;
		if (isBuiltinPack(pack.id)) {
			this.view = { status: 'refused', reason: 'builtin-id', fileName };
			return;
		}
		const record = await openImported(pack.id);
		if (attempt !== this.#attempt) return;
		const stored = record?.pack ?? null;
		const plan = planImport(pack, stored);
		const fileUrl = request.kind === 'url' ? request.url : null;
		if (plan.kind === 'refused') {
			this.view = {
				status: 'refused',
				reason: plan.reason,
				fileName,
				previousVersion: plan.previousVersion
			};
		} else if (plan.kind === 'same') {
			this.view = {
				status: 'opened',
				pack: stored!,
				stored: true,
				previousVersion: null,
				fileUrl,
				body
			};
		} else {
			this.#pending = {
				pack,
				plan,
				source: request.kind === 'file' ? 'import' : 'link',
				fileUrl,
				body
			};
			this.view = {
				status: 'preview',
				pack,
				plan,
				size: outcome.size,
				fileName,
				inPractice: record?.inPractice ?? false
			};
		}
	}

	/**
	 * Stores the previewed pack (the learner agreed), its questions in the default practice quiz
	 * only if the learner chose so.
	 */
	async confirm(inPractice = false): Promise<void> {
		const pending = this.#pending;
		if (!pending || this.view.status !== 'preview') return;
		const attempt = ++this.#attempt;
		this.#pending = null;
		const { pack, plan, source, fileUrl, body } = pending;
		const reset = plan.kind === 'update' ? plan.changed : [];
		const stored = await importPack(pack, source, reset, inPractice, body);
		if (attempt !== this.#attempt) return;
		this.view = stored.ok
			? {
					status: 'opened',
					pack,
					stored: stored.stored,
					previousVersion: stored.previousVersion,
					fileUrl,
					body
				}
			: { status: 'refused', reason: stored.reason, fileName: null };
		// The list gains this pack without reading every stored pack back (3.8 MB took a long
		// task to read back at 4× slowdown, right after the write).
		if (stored.ok) this.#listImported(pack);
	}

	/** Stops a download or a check under way, or drops a previewed pack: nothing is stored. */
	cancel(): void {
		this.#attempt++;
		this.#stopWork();
		this.#pending = null;
		this.view = { status: 'idle' };
	}

	#stopWork(): void {
		this.#download?.abort();
		this.#download = null;
		this.#checker.cancel();
	}

	/** Shows a pack opened before (the address the screen moves to once a pack is stored). */
	async show(id: string): Promise<void> {
		const attempt = ++this.#attempt;
		const pack = await openPack(id);
		if (attempt !== this.#attempt || !pack) return;
		this.view = {
			status: 'opened',
			pack,
			stored: true,
			previousVersion: null,
			fileUrl: null,
			body: null
		};
	}

	refuse(reason: Refusal): void {
		this.#attempt++;
		this.view = { status: 'refused', reason, fileName: null };
	}

	async refreshImported(): Promise<void> {
		const entries = await listLibrary();
		this.imported = entries.filter((e) => e.source !== 'builtin').map((e) => e.summary);
	}

	#listImported(pack: Pack): void {
		const title = (s: PackSummary) => localize(s.title, 'fr');
		this.imported = [...this.imported.filter((s) => s.id !== pack.id), packSummary(pack)].sort(
			(a, b) => title(a).localeCompare(title(b), 'fr')
		);
	}

	async remove(id: string): Promise<void> {
		await removeImportedPack(id);
		if (this.view.status === 'opened' && this.view.pack.id === id) this.view = { status: 'idle' };
		await this.refreshImported();
	}
}
