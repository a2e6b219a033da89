/**
 * Runs the share panel's work (the pack's JSON, its compression, its file) in a module Worker:
 * for the largest pack it took 1.3 s of main thread at 4× CPU slowdown, one frozen task right
 * after storing. One Worker per job, ended after it. Without Worker support (tests, old
 * browsers) the job runs on this thread.
 */
import { makeShareFile, type ShareFile, type ShareJob } from '$lib/sharing/share-file';

export function shareFile(job: ShareJob, signal?: AbortSignal): Promise<ShareFile | null> {
	if (typeof Worker === 'undefined') return makeShareFile(job);
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./share-file.worker.ts', import.meta.url), {
			type: 'module'
		});
		const finish = (result: ShareFile | null) => {
			worker.terminate();
			resolve(result);
		};
		signal?.addEventListener('abort', () => finish(null), { once: true });
		worker.onmessage = (event: MessageEvent<ShareFile>) => finish(event.data);
		// A Worker that cannot start (or a pack that cannot be cloned, a state proxy) leaves the
		// work to this thread: slower, but the pack can still be shared.
		const here = () => {
			worker.terminate();
			resolve(signal?.aborted ? null : makeShareFile(job));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			here();
		};
		try {
			worker.postMessage(job);
		} catch {
			here();
		}
	});
}
