/**
 * Upgrade from schema v5 to v6: each pack record's content (`pack`) moves to `packBodies`, keyed
 * by the record's id and version; the record keeps everything else, so progress, the practice
 * choice and the installed version are untouched.
 */
import type { Transaction } from 'dexie';
import type { PackBody, PackRecord, StoredPack } from './records';

/** A v5 record split into its v6 record and body (no body for a record that had none). */
export function splitPackRecord(old: StoredPack): { record: PackRecord; body: PackBody | null } {
	const { pack, ...record } = old;
	return { record, body: pack ? { id: old.id, version: old.version, pack } : null };
}

export async function upgradeToV6(tx: Transaction): Promise<void> {
	const split = (await tx.table<StoredPack>('packs').toArray()).map(splitPackRecord);
	await tx.table<PackBody>('packBodies').bulkPut(split.flatMap(({ body }) => (body ? [body] : [])));
	await tx.table<PackRecord>('packs').bulkPut(split.map(({ record }) => record));
}
