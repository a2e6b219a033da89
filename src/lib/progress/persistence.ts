/** Persistent storage and quota, both optional browser APIs. */

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

type StorageLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function storageManager(): Partial<StorageLike> | undefined {
	return (globalThis as { navigator?: { storage?: Partial<StorageLike> } }).navigator?.storage;
}

/**
 * Asks the browser not to evict our data under storage pressure. Never throws: a refusal only means
 * the browser may evict progress data later, which the UI can mention next to the backup button.
 */
export async function requestPersistence(
	storage: Partial<StorageLike> | undefined = storageManager()
): Promise<PersistenceResult> {
	if (typeof storage?.persist !== 'function') return 'unsupported';
	try {
		if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}

let requested: Promise<PersistenceResult> | undefined;

/** requestPersistence, once per page load: called by the first save. */
export function requestPersistenceOnce(): Promise<PersistenceResult> {
	requested ??= requestPersistence();
	return requested;
}

export interface StorageEstimate {
	usage: number;
	quota: number;
}

/** Bytes used and available to this origin, or null where the API is missing. */
export async function storageEstimate(
	storage: Partial<StorageLike> | undefined = storageManager()
): Promise<StorageEstimate | null> {
	if (typeof storage?.estimate !== 'function') return null;
	try {
		const { usage, quota } = await storage.estimate();
		return usage === undefined || quota === undefined ? null : { usage, quota };
	} catch {
		return null;
	}
}

/** Whether the browser already keeps our data under storage pressure, without asking. */
export async function persistenceStatus(
	storage: Partial<StorageLike> | undefined = storageManager()
): Promise<PersistenceResult> {
	if (typeof storage?.persisted !== 'function') return 'unsupported';
	try {
		return (await storage.persisted()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}
