import { describe, expect, it } from 'vitest';
import { plainText } from './plain';

describe('plainText', () => {
	it('keeps the words and drops the markup', () => {
		expect(plainText('La **VSSE** et le *SGRS* : [site](https://x.be)\n\n- un\n- deux')).toBe(
			'La VSSE et le SGRS : site un deux'
		);
	});
	it('leaves underscores inside words and lone asterisks alone', () => {
		expect(plainText('snake_case 3 * 4')).toBe('snake_case 3 * 4');
	});
});
