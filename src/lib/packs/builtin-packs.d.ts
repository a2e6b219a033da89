// Modules provided by packsPlugin() (src/lib/packs/build-plugin.ts).
declare module 'virtual:liaison/builtin-packs' {
	import type { Pack } from '$lib/packs/schema';
	import type { PackSummary } from '$lib/packs/summary';

	/** Summaries of the built-in packs, for listing them without loading them. */
	export const builtinPacks: readonly PackSummary[];
	/** Loads one built-in pack (its own chunk); rejects for an unknown id. */
	export function loadBuiltinPack(id: string): Promise<Pack>;
	/**
	 * One scenario of a built-in pack, as a pack holding only it (no question bank): what its screen
	 * plays, without the rest. Null for an unknown pack or scenario.
	 */
	export function loadBuiltinScenario(id: string, scenarioId: string): Promise<Pack | null>;
}

declare module '*.yaml' {
	import type { Pack } from '$lib/packs/schema';

	const pack: Pack;
	export default pack;
}
