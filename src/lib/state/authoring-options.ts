/**
 * Choices the authoring forms offer from the pack and the app (topics, organisations).
 * The catalogue is imported from its own module: the pack entry point would bring the parser
 * and validator into the drafts list's code.
 */
import type { Draft } from '$lib/authoring/templates';
import { lt } from '$lib/i18n/index.svelte';
import { CATALOGUE } from '$lib/packs/catalogue';

type Option = { value: string; label: string };

/** The organisations a pack can name: the shared catalogue, then the pack's own actors. */
export function actorOptions(draft: Draft): Option[] {
	return [
		...CATALOGUE.map((a) => ({ value: a.id, label: `${lt(a.acronym)} — ${lt(a.name)}` })),
		...(draft.actors ?? []).map((a) => ({ value: a.id, label: lt(a.acronym) || a.id }))
	];
}

/** The pack's topics, by their label in the interface language. */
export function topicOptions(draft: Draft): Option[] {
	return (draft.topics ?? []).map((tp) => ({ value: tp.id, label: lt(tp.label) || tp.id }));
}
