/** Display helpers of the class screens: numbers, dates and durations in the UI language. */
import { intlLocale as tag } from '$lib/i18n/format';

export const formatDate = (ms: number, lang: string) =>
	new Intl.DateTimeFormat(tag(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

export const formatShare = (share: number, lang: string) =>
	new Intl.NumberFormat(tag(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);

export const formatNumber = (n: number, lang: string) =>
	new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 2 }).format(n);

export function formatDuration(ms: number, lang: string): string {
	const minutes = Math.round(ms / 60_000);
	return new Intl.NumberFormat(tag(lang), {
		style: 'unit',
		unit: 'minute',
		unitDisplay: 'short'
	}).format(minutes);
}
