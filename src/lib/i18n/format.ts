/**
 * Numbers, percentages, sizes and dates as the UI language writes them (Belgian French and
 * Dutch: "0,5", "1 234", "12 %"). The one place the app builds `Intl` formatters; i18next
 * calls `formatValue` for every number it interpolates.
 */
import { DEFAULT_LANG, UI_LANGUAGES, type UiLanguage } from './languages';

/** The `Intl` locale of a UI language (anything else is read as the default language). */
export function intlLocale(lang: string): string {
	const registry: readonly UiLanguage[] = UI_LANGUAGES;
	return (registry.find((l) => l.code === lang) ?? registry.find((l) => l.code === DEFAULT_LANG)!)
		.intl;
}

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator;
// Formatters are costly to build and rendered lists call them per row.
const cache = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
	let formatter = cache.get(key) as T | undefined;
	if (!formatter) cache.set(key, (formatter = make()));
	return formatter;
}

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const tag = intlLocale(lang);
	return cached(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}

/** A number (points, counts, limits): up to two decimals, so 1/3 point reads "0,33". */
export function formatNumber(
	value: number,
	lang: string,
	options: Intl.NumberFormatOptions = {}
): string {
	return numberFormat(lang, { maximumFractionDigits: 2, ...options }).format(value);
}

// Intl writes a hyphen-minus for these locales; typography (and screen readers) want U+2212.
const realMinus = (text: string) => text.replace(/-/g, '\u2212');

/** A change, always signed with a real minus sign: "+1", "−2", "+0,5". */
export function formatDelta(value: number, lang: string): string {
	return realMinus(formatNumber(value, lang, { signDisplay: 'exceptZero' }));
}

/** A value that may be negative (a gauge), with a real minus sign. */
export function formatSigned(value: number, lang: string): string {
	return realMinus(formatNumber(value, lang));
}

/** A percentage given as 0..100 ("12 %", "12%" in Dutch). */
export function formatPercent(percent: number, lang: string): string {
	return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A size in bytes, in the largest unit that keeps it at 1 or more (decimal units, as storage is sold). */
export function formatBytes(bytes: number, lang: string): string {
	const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return numberFormat(lang, { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(
		value
	);
}

/** A size limit in mebibytes, as the pack limits are set ("5 Mo", "5 MB"). */
export function formatMegabytes(bytes: number, lang: string): string {
	return numberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
		bytes / 1024 / 1024
	);
}

export type DateStyle = 'short' | 'medium';

/** A moment (epoch ms) with its date and time. */
export function formatDateTime(ms: number, lang: string, style: DateStyle = 'short'): string {
	const tag = intlLocale(lang);
	return cached(
		`d|${tag}|${style}`,
		() => new Intl.DateTimeFormat(tag, { dateStyle: style, timeStyle: 'short' })
	).format(ms);
}

/** Sorts words as the UI language does ("Écoute" before "Zèbre" in French). */
export function collator(lang: string): Intl.Collator {
	const tag = intlLocale(lang);
	return cached(`c|${tag}`, () => new Intl.Collator(tag));
}

/**
 * What i18next shows for an interpolated value: numbers in the language's notation, `{{x, percent}}`
 * as a percentage of 100; anything else as is.
 */
export function formatValue(value: unknown, format: string | undefined, lang: string | undefined) {
	if (typeof value !== 'number' || !Number.isFinite(value)) return value;
	return format === 'percent'
		? formatPercent(value, lang ?? 'fr')
		: formatNumber(value, lang ?? 'fr');
}
