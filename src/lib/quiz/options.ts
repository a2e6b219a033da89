/** What the quiz filter screen offers, with a label and a question count per value. */
import { actorsOf } from '$lib/packs/catalogue';
import { QUESTION_DIFFICULTIES, type LocalizedText, type Pack } from '$lib/packs/schema';
import { facets, type PoolItem } from './selection';

export interface FilterOption {
	id: string;
	/** A pack text; difficulties are labelled by the UI (`label` is then the id in both languages). */
	label: LocalizedText;
	count: number;
}

export interface FilterOptions {
	packs: FilterOption[];
	topics: FilterOption[];
	sources: FilterOption[];
	actors: FilterOption[];
	difficulties: FilterOption[];
}

const same = (text: string): LocalizedText => ({ fr: text, nl: text });

/** `packPool`: the questions the pack facet counts (every pack, also those left out of practice). */
export function filterOptions(
	packs: readonly Pack[],
	pool: readonly PoolItem[],
	packPool: readonly PoolItem[] = pool
): FilterOptions {
	const f = facets(pool);
	const topicLabels = new Map<string, LocalizedText>();
	const sourceLabels = new Map<string, LocalizedText>();
	const actorLabels = new Map<string, LocalizedText>();
	for (const pack of packs) {
		for (const topic of pack.topics)
			if (!topicLabels.has(topic.id)) topicLabels.set(topic.id, topic.label);
		for (const source of pack.sources) {
			if (!sourceLabels.has(source.id)) sourceLabels.set(source.id, same(source.title));
		}
		for (const [id, actor] of actorsOf(pack))
			if (!actorLabels.has(id)) actorLabels.set(id, actor.acronym);
	}
	const options = (counts: Map<string, number>, labels: Map<string, LocalizedText>) =>
		[...counts].map(([id, count]) => ({ id, count, label: labels.get(id) ?? same(id) }));
	const perPack = new Map<string, number>();
	for (const item of packPool) perPack.set(item.packId, (perPack.get(item.packId) ?? 0) + 1);
	return {
		packs: packs
			.filter((p) => perPack.has(p.id))
			.map((p) => ({ id: p.id, label: p.title, count: perPack.get(p.id)! })),
		topics: options(f.topics, topicLabels),
		sources: options(f.sources, sourceLabels),
		actors: options(f.actors, actorLabels),
		difficulties: QUESTION_DIFFICULTIES.filter((d) => f.difficulties.has(d)).map((d) => ({
			id: d,
			label: same(d),
			count: f.difficulties.get(d)!
		}))
	};
}
