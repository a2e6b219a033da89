/** Numbers for the UI language: Belgian French or Dutch conventions, and a real minus sign. */
import type { Lang } from './detect';

const tag = (lang: Lang) => (lang === 'nl' ? 'nl-BE' : 'fr-BE');
// Intl writes a hyphen-minus for these locales; typography (and screen readers) want U+2212.
const realMinus = (text: string) => text.replace(/-/g, '\u2212');

export function formatNumber(n: number, lang: Lang): string {
	return realMinus(new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 2 }).format(n));
}

/** A change, always signed: "+1", "−2", "+0,5". */
export function formatDelta(n: number, lang: Lang): string {
	return realMinus(
		new Intl.NumberFormat(tag(lang), {
			maximumFractionDigits: 2,
			signDisplay: 'exceptZero'
		}).format(n)
	);
}

/** A share in [0, 1] as a whole percent: "40 %" in French, "40%" in Dutch. */
export function formatPercent(ratio: number, lang: Lang): string {
	return new Intl.NumberFormat(tag(lang), { style: 'percent', maximumFractionDigits: 0 }).format(
		ratio
	);
}
