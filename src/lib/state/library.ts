import { builtinPacks, loadBuiltinPack } from 'virtual:liaison/builtin-packs';
import type { Pack } from '$lib/packs/schema';
import { learner } from './learner.svelte';

/** A pack by id: built-in packs from the app bundle, imported ones from the learner's device. */
export async function openPack(id: string): Promise<Pack | null> {
	if (builtinPacks.some((p) => p.id === id)) {
		const pack = await loadBuiltinPack(id);
		await learner.ensureInstalled(pack, 'builtin');
		return pack;
	}
	const connection = await learner.connect();
	if (!connection) return null;
	const record = await connection.progress.getPack(connection.db, id);
	return record?.pack ?? null;
}
