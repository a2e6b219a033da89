import { describe, expect, it } from 'vitest';
import { encodePayload } from '$lib/sharing/link-codec';
import { decodeResult, encodeResult, payloadFrom, resultFileName, resultLink } from './codec';
import { checksumOf, sealResult } from './format';
import { scenarioBody } from '../../../tests/factories/class';

describe('result codec', () => {
	it('round-trips a result through a compact URL-safe payload', async () => {
		const body = scenarioBody('Alice');
		const payload = await encodeResult(body);
		expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		expect(payload.length).toBeLessThan(700);
		const decoded = await decodeResult(payload);
		expect(decoded).toEqual({ ok: true, result: { ...body, checksum: checksumOf(body) } });
	});

	it('finds the payload in a link, a file text or on its own', async () => {
		const payload = await encodeResult(scenarioBody('Bob'));
		const link = resultLink('https://liaison.example/class', payload);
		expect(payloadFrom(link)).toBe(payload);
		expect(payloadFrom(`  ${payload}\n`)).toBe(payload);
		expect(payloadFrom('bonjour')).toBeNull();
	});

	it('refuses a truncated result', async () => {
		const payload = await encodeResult(scenarioBody('Alice'));
		const decoded = await decodeResult(payload.slice(0, payload.length - 20));
		expect(decoded).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('refuses altered points whose checksum is stale', async () => {
		const sealed = sealResult(scenarioBody('Alice'));
		const forged = { ...sealed, points: sealed.points + 5 };
		const decoded = await decodeResult(await encodePayload(JSON.stringify(forged)));
		expect(decoded).toEqual({ ok: false, reason: 'checksum' });
	});

	it('refuses a huge payload before decoding it', async () => {
		const huge = `1.${'A'.repeat(50 * 1024 * 1024)}`;
		const started = performance.now();
		expect(await decodeResult(huge)).toEqual({ ok: false, reason: 'too-large' });
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('refuses a small payload that inflates past the limit', async () => {
		const bomb = await encodePayload(JSON.stringify({ pad: ' '.repeat(1_000_000) }));
		expect(await decodeResult(bomb)).toEqual({ ok: false, reason: 'too-large' });
	});

	it('refuses prototype keys anywhere', async () => {
		const sealed = sealResult(scenarioBody('Alice'));
		const text = JSON.stringify(sealed).replace('"format":1', '"__proto__":{"x":1},"format":1');
		expect(await decodeResult(await encodePayload(text))).toEqual({
			ok: false,
			reason: 'unsafe-keys'
		});
		const inAnswer = JSON.stringify(sealed).replace(
			'"kind":"continue"',
			'"kind":"continue","constructor":{"prototype":{}}'
		);
		expect((await decodeResult(await encodePayload(inAnswer))).ok).toBe(false);
	});

	it('refuses unknown fields, other formats and empty input', async () => {
		const sealed = sealResult(scenarioBody('Alice'));
		const extra = await encodePayload(JSON.stringify({ ...sealed, email: 'a@b.c' }));
		expect(await decodeResult(extra)).toEqual({ ok: false, reason: 'invalid' });
		const other = await encodePayload(JSON.stringify({ ...sealed, format: 2 }));
		expect(await decodeResult(other)).toEqual({ ok: false, reason: 'invalid' });
		expect(await decodeResult('  ')).toEqual({ ok: false, reason: 'empty' });
		expect(await decodeResult('2.AAAA')).toEqual({ ok: false, reason: 'not-a-result' });
		expect(await decodeResult('1.***')).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('keeps markup in a display name as plain text', async () => {
		const body = scenarioBody('<img src=x onerror=alert(1)>');
		const decoded = await decodeResult(await encodeResult(body));
		expect(decoded.ok && decoded.result.name).toBe('<img src=x onerror=alert(1)>');
	});

	it('refuses an empty or overlong display name at the source', async () => {
		await expect(encodeResult(scenarioBody('   '))).rejects.toThrow();
		await expect(encodeResult(scenarioBody('x'.repeat(61)))).rejects.toThrow();
	});

	it('names result files with safe characters only', () => {
		expect(resultFileName({ name: 'Zoë <b>/../x', target: 'plan-r' })).toBe(
			'liaison-plan-r-Zoe-b-x.liaison-result.txt'
		);
	});
});
