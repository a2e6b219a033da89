import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatDelta,
	formatSigned,
	formatDateTime,
	formatMegabytes,
	formatNumber,
	formatPercent,
	formatValue,
	intlLocale
} from './format';

// Spaces inside numbers are no-break spaces, narrow or not depending on the ICU version.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for the UI language', () => {
	it('uses the Belgian locales, French for anything unknown', () => {
		expect(intlLocale('nl')).toBe('nl-BE');
		expect(intlLocale('fr')).toBe('fr-BE');
		expect(intlLocale('de')).toBe('fr-BE');
	});

	it('writes fractional points with a comma, at most two decimals', () => {
		expect(formatNumber(0.5, 'fr')).toBe('0,5');
		expect(formatNumber(2.07, 'nl')).toBe('2,07');
		expect(formatNumber(1 / 3, 'fr')).toBe('0,33');
		expect(plain(formatNumber(12345, 'fr'))).toBe('12 345');
		expect(formatNumber(12345, 'nl')).toBe('12.345');
	});

	it('writes percentages, sizes and dates the way each language does', () => {
		expect(plain(formatPercent(70, 'fr'))).toBe('70 %');
		expect(formatPercent(70, 'nl')).toBe('70%');
		expect(plain(formatBytes(1_500_000, 'fr'))).toBe('1,5 Mo');
		expect(plain(formatBytes(2_500, 'nl'))).toBe('2,5 kB');
		expect(plain(formatMegabytes(5 * 1024 * 1024, 'nl'))).toBe('5 MB');
		const at = Date.UTC(2026, 2, 2, 9, 5);
		expect(formatDateTime(at, 'fr')).toMatch(/^2\/03\/26 \d{2}:05$/);
		expect(formatDateTime(at, 'nl')).toMatch(/^2\/03\/2026,? \d{2}:05$/);
	});

	it('formats only numbers for i18next, percentages on request', () => {
		expect(formatValue(0.5, undefined, 'fr')).toBe('0,5');
		expect(formatValue(40, 'percent', 'nl')).toBe('40%');
		expect(formatValue('OCAD', undefined, 'nl')).toBe('OCAD');
		expect(formatValue(Number.NaN, undefined, 'fr')).toBeNaN();
	});

	it('signs changes and negative values with a real minus sign', () => {
		expect(formatDelta(-1, 'fr')).toBe('\u22121');
		expect(formatDelta(2, 'nl')).toBe('+2');
		expect(formatDelta(-0.5, 'fr')).toBe('\u22120,5');
		expect(formatDelta(1.5, 'nl')).toBe('+1,5');
		expect(formatSigned(-3, 'nl')).toBe('\u22123');
		expect(formatSigned(2.25, 'fr')).toBe('2,25');
	});
});
