/**
 * Writes one pack's content into `packBodies`, off the main thread (see body-writer.ts). Answers
 * true once the write is on disk, false on any failure (the page then writes it itself).
 */
import type { BodyJob } from './body-writer';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<BodyJob>) => void) | null;
	postMessage(message: unknown): void;
};

function openExisting(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		// No version: the database as the page opened it. It must already exist: never create one.
		const request = indexedDB.open(name);
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function write({ dbName, body, id, version }: BodyJob): Promise<boolean> {
	const pack = JSON.parse(await body.text()) as { id?: unknown; version?: unknown };
	if (pack.id !== id || pack.version !== version) return false;
	const db = await openExisting(dbName);
	// The page's upgrade or deletion of the database comes first.
	db.onversionchange = () => db.close();
	try {
		if (!db.objectStoreNames.contains('packBodies')) return false;
		// Durable like the page's own writes: the record written next must never point to nothing.
		const tx = db.transaction('packBodies', 'readwrite', { durability: 'strict' });
		tx.objectStore('packBodies').put({ id, version, pack });
		return await new Promise<boolean>((resolve) => {
			tx.oncomplete = () => resolve(true);
			tx.onerror = tx.onabort = () => resolve(false);
		});
	} finally {
		db.close();
	}
}

scope.onmessage = async (event) => {
	scope.postMessage(await write(event.data).catch(() => false));
};
