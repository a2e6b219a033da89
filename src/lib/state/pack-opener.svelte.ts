import type { PackIssue } from '$lib/packs/issues';
import type { Pack } from '$lib/packs/schema';
import type { PackSummary } from '$lib/packs/summary';
import { readPack, type OpenRequest, type Refusal } from '$lib/sharing/open-request';
import { importPack, listLibrary, openPack, removeImportedPack } from './library';

export type OpenView =
	| { status: 'idle' }
	| { status: 'working' }
	| {
			status: 'refused';
			reason: Refusal | 'builtin-id' | 'write-failed';
			httpStatus?: number;
			fileName: string | null;
	  }
	| { status: 'invalid'; issues: PackIssue[]; fileName: string | null }
	| {
			status: 'opened';
			pack: Pack;
			stored: boolean;
			previousVersion: string | null;
			/** The https address it came from, when it came from one (shared as is). */
			fileUrl: string | null;
	  };

/**
 * The /open screen: reads a pack from a link, a hosted file or a picked file, validates it and
 * stores it. Nothing is stored unless the whole pack is valid.
 */
export class PackOpener {
	view = $state.raw<OpenView>({ status: 'idle' });
	imported = $state.raw<PackSummary[]>([]);
	#appOrigin: string;
	#attempt = 0;

	constructor(appOrigin: string) {
		this.#appOrigin = appOrigin;
	}

	async open(request: OpenRequest): Promise<void> {
		const attempt = ++this.#attempt;
		this.view = { status: 'working' };
		const outcome = await readPack(request, { appOrigin: this.#appOrigin });
		if (attempt !== this.#attempt) return;
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
		const stored = await importPack(outcome.pack, request.kind === 'file' ? 'import' : 'link');
		if (attempt !== this.#attempt) return;
		this.view = stored.ok
			? {
					status: 'opened',
					pack: outcome.pack,
					stored: stored.stored,
					previousVersion: stored.previousVersion,
					fileUrl: request.kind === 'url' ? request.url : null
				}
			: { status: 'refused', reason: stored.reason, fileName: outcome.fileName };
		await this.refreshImported();
	}

	/** Shows a pack opened before (the address the screen moves to once a pack is stored). */
	async show(id: string): Promise<void> {
		const attempt = ++this.#attempt;
		const pack = await openPack(id);
		if (attempt !== this.#attempt || !pack) return;
		this.view = { status: 'opened', pack, stored: true, previousVersion: null, fileUrl: null };
	}

	refuse(reason: Refusal): void {
		this.#attempt++;
		this.view = { status: 'refused', reason, fileName: null };
	}

	async refreshImported(): Promise<void> {
		const entries = await listLibrary();
		this.imported = entries.filter((e) => e.source !== 'builtin').map((e) => e.summary);
	}

	async remove(id: string): Promise<void> {
		await removeImportedPack(id);
		if (this.view.status === 'opened' && this.view.pack.id === id) this.view = { status: 'idle' };
		await this.refreshImported();
	}
}
