/**
 * Partial credit for putting items in order.
 *
 * Choice: the longest subsequence of the learner's order that is already in the right relative
 * order (a longest increasing subsequence of the expected positions). It rewards "one item moved
 * to the wrong place" with n−1 items still in order, where adjacent-pair or same-position counting
 * would punish a single misplaced item several times. Credit is (kept − 1) / (n − 1), so a fully
 * reversed list scores 0 and a correct one 1 (one item alone is always "in order").
 */

export interface OrderingItemDetail {
	id: string;
	/** Position the learner gave (0-based), or null when the item was left out. */
	given: number | null;
	/** Position in the correct order (0-based). */
	expected: number;
	/** Part of the longest run kept in the right relative order. */
	inSequence: boolean;
	/** At exactly the right position. */
	inPlace: boolean;
}

export interface OrderingOutcome {
	/** Share of credit in [0, 1]. */
	credit: number;
	/** Number of items in the longest correctly ordered subsequence. */
	kept: number;
	items: OrderingItemDetail[];
	/** Ids in the answer that are not items (or repeated), ignored. */
	ignored: string[];
}

/** Indices (into `values`) of one longest strictly increasing subsequence, in O(n log n). */
export function longestIncreasing(values: readonly number[]): number[] {
	const tails: number[] = []; // tails[k] = index ending the best subsequence of length k+1
	const previous: number[] = new Array<number>(values.length).fill(-1);
	for (let i = 0; i < values.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) previous[i] = tails[lo - 1]!;
		tails[lo] = i;
	}
	const out: number[] = [];
	for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) {
		out.push(i);
	}
	return out.reverse();
}

export function scoreOrder(
	expectedIds: readonly string[],
	givenIds: readonly string[]
): OrderingOutcome {
	const expectedIndex = new Map(expectedIds.map((id, index) => [id, index]));
	const seen = new Set<string>();
	const ignored: string[] = [];
	const kept: string[] = [];
	for (const id of givenIds) {
		if (!expectedIndex.has(id) || seen.has(id)) ignored.push(id);
		else {
			seen.add(id);
			kept.push(id);
		}
	}
	const positions = kept.map((id) => expectedIndex.get(id)!);
	const inSequence = new Set(longestIncreasing(positions).map((i) => kept[i]!));
	const givenAt = new Map(kept.map((id, index) => [id, index]));
	const items = expectedIds.map((id, expected): OrderingItemDetail => {
		const given = givenAt.get(id) ?? null;
		return { id, given, expected, inSequence: inSequence.has(id), inPlace: given === expected };
	});
	const n = expectedIds.length;
	const credit =
		n <= 1 ? (inSequence.size === n ? 1 : 0) : Math.max(0, inSequence.size - 1) / (n - 1);
	return { credit, kept: inSequence.size, items, ignored };
}
