import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	decodePayload,
	encodePayload,
	fromBase64Url,
	hostedLink,
	inlineLink,
	MAX_LINK_LENGTH,
	payloadFromHash,
	toBase64Url
} from './link-codec';

describe('link codec', () => {
	it('round-trips any text', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 2000 }), async (text) => {
				expect(await decodePayload(await encodePayload(text))).toEqual({ ok: true, text });
			}),
			{ numRuns: 200 }
		);
	});

	it('round-trips any JSON value', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (value) => {
				const text = JSON.stringify(value) ?? 'null';
				const decoded = await decodePayload(await encodePayload(text));
				expect(decoded.ok && JSON.parse(decoded.text)).toEqual(JSON.parse(text));
			}),
			{ numRuns: 200 }
		);
	});

	it('base64url round-trips bytes and uses only URL-safe characters', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(fromBase64Url(text || 'AA')).toEqual(text ? bytes : new Uint8Array([0]));
			})
		);
	});

	it('never throws on arbitrary input', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
				const result = await decodePayload(junk);
				expect(typeof result.ok).toBe('boolean');
				const prefixed = await decodePayload(`1.${junk}`);
				expect(typeof prefixed.ok).toBe('boolean');
			}),
			{ numRuns: 300 }
		);
	});

	it('refuses another version, a bad alphabet and corrupt data', async () => {
		const good = await encodePayload('format: 1');
		expect(await decodePayload(good.replace(/^1\./, '2.'))).toEqual({
			ok: false,
			reason: 'version'
		});
		expect(await decodePayload(good.slice(2))).toEqual({ ok: false, reason: 'version' });
		expect(await decodePayload('1.abc+/==')).toEqual({ ok: false, reason: 'encoding' });
		expect(await decodePayload('1.')).toEqual({ ok: false, reason: 'encoding' });
		expect(await decodePayload('1.' + toBase64Url(new Uint8Array([255, 255, 255, 1])))).toEqual({
			ok: false,
			reason: 'corrupt'
		});
		expect(await decodePayload(good.slice(0, -4))).toMatchObject({ ok: false });
		expect(await decodePayload('')).toEqual({ ok: false, reason: 'missing' });
	});

	it('refuses invalid UTF-8 inside', async () => {
		const payload = '1.' + toBase64Url(deflateRawSync(new Uint8Array([0xff, 0xfe, 0x41])));
		expect(await decodePayload(payload)).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('stops a zip bomb: a short payload that inflates past the limit', async () => {
		const bomb = '1.' + toBase64Url(deflateRawSync(new Uint8Array(20 * 1024 * 1024), { level: 9 }));
		expect(bomb.length).toBeLessThan(40_000);
		const started = performance.now();
		expect(await decodePayload(bomb)).toEqual({ ok: false, reason: 'too-large' });
		expect(performance.now() - started).toBeLessThan(2000);
		expect(await decodePayload(await encodePayload('x'.repeat(2000)), 1000)).toEqual({
			ok: false,
			reason: 'too-large'
		});
	});

	it('refuses a payload longer than any link the app makes before decoding', async () => {
		expect(await decodePayload('1.' + 'A'.repeat(70_000))).toEqual({
			ok: false,
			reason: 'too-large'
		});
	});

	it('reads the payload from the hash', () => {
		expect(payloadFromHash('#p=1.abc')).toBe('1.abc');
		expect(payloadFromHash('p=1.a_b-c&x=2')).toBe('1.a_b-c');
		expect(payloadFromHash('#x=1')).toBeNull();
		expect(payloadFromHash('')).toBeNull();
	});

	it('builds an inline link in the fragment, or says it is too long', async () => {
		const small = await inlineLink('https://liaison.example/open', '{"format":1}');
		expect(small.ok && small.url).toMatch(/^https:\/\/liaison\.example\/open#p=1\.[\w-]+$/);
		const random = Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join(
			''
		);
		const big = await inlineLink('https://liaison.example/open', random);
		expect(big).toMatchObject({ ok: false, reason: 'too-long' });
		expect(!big.ok && big.length).toBeGreaterThan(MAX_LINK_LENGTH);
	});

	it('builds a hosted link with the file address in the query', () => {
		const url = hostedLink('https://liaison.example/open', 'https://packs.example/a b.yaml?x=1&y');
		expect(new URL(url).searchParams.get('pack')).toBe('https://packs.example/a b.yaml?x=1&y');
	});
});
