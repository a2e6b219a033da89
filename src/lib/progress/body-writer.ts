/**
 * Writes a pack's content (`packBodies`) from a module Worker: IndexedDB clones a value on the
 * thread that writes it, and for a 3.8 MB pack that clone froze the screen for 0.5-1.1 s at 4×
 * CPU slowdown. The page hands the Worker the pack's JSON as a Blob (passed by reference, no
 * copy). The Worker uses IndexedDB directly: Dexie in it would add 46 KB to the precached app.
 */
export interface BodyJob {
	dbName: string;
	body: Blob;
	id: string;
	version: string;
}

/** A stuck Worker (a database that never opens) leaves the write to the caller. */
const WRITE_TIME_LIMIT_MS = 20_000;

/**
 * True once the content of `pack` (id and version) is stored; false when it could not be written
 * off the main thread (no Worker support, an error, the time limit): the caller writes it.
 */
export function writeBodyOffThread(
	dbName: string,
	body: Blob,
	pack: { id: string; version: string }
): Promise<boolean> {
	if (typeof Worker === 'undefined') return Promise.resolve(false);
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./body.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			resolve(false);
			return;
		}
		const finish = (written: boolean) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(written);
		};
		const timer = setTimeout(() => finish(false), WRITE_TIME_LIMIT_MS);
		worker.onmessage = (event: MessageEvent<unknown>) => finish(event.data === true);
		worker.onerror = (event) => {
			event.preventDefault();
			finish(false);
		};
		const job: BodyJob = { dbName, body, id: pack.id, version: pack.version };
		worker.postMessage(job);
	});
}
