import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH } from './link-codec';
import { qrPath } from './qr-code';

describe('qrPath', () => {
	it('draws the dark modules of a QR code as one path', () => {
		const { size, d } = qrPath('https://liaison.example/open#p=1.abc');
		expect(size).toBeGreaterThanOrEqual(25);
		expect(d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});

	it('holds the longest link the app makes', () => {
		const link = 'https://liaison.example/open#p=1.' + 'a'.repeat(MAX_LINK_LENGTH - 34);
		const { size } = qrPath(link);
		expect(size).toBeLessThanOrEqual(177 + 4);
	});
});
