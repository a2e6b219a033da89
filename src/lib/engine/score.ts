/** The shape every scoring function returns, and the arithmetic shared by them. */

export interface Score<D> {
	points: number;
	max: number;
	/** Full marks (points === max). */
	correct: boolean;
	/** Some but not full credit. */
	partial: boolean;
	detail: D;
}

/** Two decimals: enough for partial credit, and free of float noise such as 0.30000000000000004. */
export function round2(value: number): number {
	const rounded = Math.round(value * 100) / 100;
	// JSON turns -0 into 0; normalising here keeps a state equal to its JSON round-trip.
	return rounded === 0 ? 0 : rounded;
}

export function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** `correct` defaults to full marks; decisions pass their own (the best choice may score 0). */
export function makeScore<D>(
	points: number,
	max: number,
	detail: D,
	isCorrect?: boolean
): Score<D> {
	const p = round2(points);
	const correct = isCorrect ?? p >= max;
	return { points: p, max, correct, partial: !correct && p > 0, detail };
}

/** Percent of `max` reached, rounded to a whole number and kept within [0, 100]; 0 when max is 0. */
export function percentOf(points: number, max: number): number {
	if (max <= 0) return 0;
	return round2(clamp(Math.round((points / max) * 100), 0, 100));
}
