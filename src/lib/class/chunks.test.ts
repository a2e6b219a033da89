import { describe, expect, it } from 'vitest';
import { PartCollector, isPart, qrTexts } from './chunks';
import { decodeResult, encodeResult, resultLink } from './codec';
import { examBody } from '../../../tests/factories/class';

describe('QR sequences', () => {
	it('keeps a short link as one code', () => {
		expect(qrTexts('https://x/class#r=1.abc', '1.abc')).toEqual(['https://x/class#r=1.abc']);
	});

	it('reassembles a sequence scanned out of order, into the same result as one file', async () => {
		const payload = await encodeResult(examBody('Zoë', ['q-single']));
		const parts = qrTexts(resultLink('https://x/class', payload), payload, 40);
		expect(parts.length).toBeGreaterThan(3);
		expect(parts.every(isPart)).toBe(true);
		const collector = new PartCollector();
		const shuffled = [...parts].reverse();
		shuffled.splice(1, 0, shuffled[0]!);
		let done: string | null = null;
		for (const part of shuffled) {
			const out = collector.add(part);
			if (out.status === 'complete') done = out.payload;
			else expect(out.status).toBe('part');
		}
		expect(done).toBe(payload);
		expect(await decodeResult(done!)).toEqual(await decodeResult(payload));
		expect(collector.pending()).toEqual([]);
	});

	it('reports progress and ignores a part scanned twice', () => {
		const parts = qrTexts('x'.repeat(100), 'A'.repeat(100), 30);
		const collector = new PartCollector();
		expect(collector.add(parts[2]!)).toMatchObject({
			status: 'part',
			have: 1,
			count: 4,
			fresh: true
		});
		expect(collector.add(parts[2]!)).toMatchObject({ have: 1, fresh: false });
		expect(collector.pending()).toEqual([expect.objectContaining({ have: 1, count: 4 })]);
	});

	it('refuses malformed or tampered parts', () => {
		const collector = new PartCollector();
		expect(collector.add('LR1.zz.1.2.abc').status).toBe('invalid');
		expect(collector.add('LR1.0123abcd.3.2.abc').status).toBe('invalid');
		const parts = qrTexts('x'.repeat(100), 'A'.repeat(60), 30);
		collector.add(parts[0]!);
		expect(collector.add(parts[1]!.replace(/A+$/, 'B'.repeat(30))).status).toBe('invalid');
	});
});
