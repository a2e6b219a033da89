/** Small display helpers shared by the progress components. */
import { formatDateTime } from '$lib/i18n/format';
import type { Tally } from '$lib/progress';

/** Share of points earned, 0..100 (negative points of a bad decision count as zero). */
export function masteryPercent(t: Pick<Tally, 'points' | 'max'>): number {
	if (t.max <= 0) return 0;
	return Math.max(0, Math.min(100, Math.round((t.points / t.max) * 100)));
}

/** A time no Date can hold (a stored 1e300) shows as a dash instead of throwing a RangeError. */
const validTime = (ms: number) => Number.isFinite(new Date(ms).getTime());

export function isoDate(ms: number): string {
	return validTime(ms) ? new Date(ms).toISOString() : '';
}

export function formatDate(ms: number, lang: string): string {
	return validTime(ms) ? formatDateTime(ms, lang) : '—';
}
