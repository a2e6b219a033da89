import type { Pack } from '../packs/schema';

/** Fields that may be left out of a pack (their defaults): links stay as short as they can. */
const OPTIONAL_LISTS = [
	'authors',
	'sources',
	'actors',
	'assets',
	'scenarios',
	'questions'
] as const;

/** The pack as JSON text to put in a link or a file; validating it gives the same pack back. */
export function packText(pack: Pack): string {
	const out: Record<string, unknown> = { ...pack };
	for (const key of OPTIONAL_LISTS) {
		const value = out[key];
		const empty = Array.isArray(value)
			? value.length === 0
			: value && Object.keys(value).length === 0;
		if (empty) delete out[key];
	}
	return JSON.stringify(out);
}
