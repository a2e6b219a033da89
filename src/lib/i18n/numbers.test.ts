import { describe, expect, it } from 'vitest';
import { formatDelta, formatNumber, formatPercent } from './numbers';

describe('numbers', () => {
	it('signs a change with a real minus sign and a plus', () => {
		expect(formatDelta(-1, 'fr')).toBe('\u22121');
		expect(formatDelta(2, 'nl')).toBe('+2');
		expect(formatDelta(-0.5, 'fr')).toBe('\u22120,5');
		expect(formatDelta(1.5, 'nl')).toBe('+1,5');
	});

	it('formats values and percents for the language', () => {
		expect(formatNumber(-3, 'nl')).toBe('\u22123');
		expect(formatNumber(2.25, 'fr')).toBe('2,25');
		expect(formatPercent(0.4, 'fr')).toMatch(/^40\s%$/);
		expect(formatPercent(0.4, 'nl')).toBe('40%');
	});
});
