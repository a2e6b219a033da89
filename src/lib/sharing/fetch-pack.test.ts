import { describe, expect, it, vi } from 'vitest';
import { fetchPackFile } from './fetch-pack';

const APP = 'https://liaison.example';

function streamOf(
	chunks: number,
	chunkSize: number,
	onPull?: () => void
): ReadableStream<Uint8Array> {
	let sent = 0;
	return new ReadableStream({
		pull(controller) {
			onPull?.();
			if (sent++ >= chunks) controller.close();
			else controller.enqueue(new Uint8Array(chunkSize).fill(97));
		}
	});
}

function fakeFetch(response: Response, url = 'https://packs.example/p.yaml') {
	Object.defineProperty(response, 'url', { value: url });
	return vi.fn(async () => response) as unknown as typeof fetch;
}

describe('fetchPackFile', () => {
	it('returns the bytes and the file name', async () => {
		const fetch = fakeFetch(new Response('format: 1'));
		const result = await fetchPackFile('https://packs.example/p.yaml', { appOrigin: APP, fetch });
		expect(result).toMatchObject({ ok: true, fileName: 'p.yaml' });
		if (result.ok) expect(new TextDecoder().decode(result.bytes)).toBe('format: 1');
		expect(fetch).toHaveBeenCalledWith(
			'https://packs.example/p.yaml',
			expect.objectContaining({ credentials: 'omit' })
		);
	});

	it('refuses a disallowed address without any request', async () => {
		const fetch = vi.fn() as unknown as typeof globalThis.fetch;
		const result = await fetchPackFile('http://packs.example/p.yaml', { appOrigin: APP, fetch });
		expect(result).toEqual({ ok: false, reason: 'not-https' });
		expect(fetch).not.toHaveBeenCalled();
	});

	it('refuses on the announced length before reading the body', async () => {
		let pulls = 0;
		const response = new Response(
			streamOf(10, 10, () => pulls++),
			{
				headers: { 'content-length': '101' }
			}
		);
		const result = await fetchPackFile('https://packs.example/p.yaml', {
			appOrigin: APP,
			fetch: fakeFetch(response),
			maxBytes: 100
		});
		expect(result).toEqual({ ok: false, reason: 'too-large' });
		expect(pulls).toBeLessThanOrEqual(1);
	});

	it('stops reading a body without a length as soon as it passes the limit', async () => {
		let pulls = 0;
		const response = new Response(streamOf(1_000_000, 64, () => pulls++));
		const result = await fetchPackFile('https://packs.example/p.yaml', {
			appOrigin: APP,
			fetch: fakeFetch(response),
			maxBytes: 1000
		});
		expect(result).toEqual({ ok: false, reason: 'too-large' });
		expect(pulls).toBeLessThan(40);
	});

	it('reports HTTP errors, network errors and insecure redirects', async () => {
		const notFound = fakeFetch(new Response('no', { status: 404 }));
		expect(
			await fetchPackFile('https://packs.example/p.yaml', { appOrigin: APP, fetch: notFound })
		).toEqual({ ok: false, reason: 'http-status', status: 404 });
		const failing = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect(
			await fetchPackFile('https://packs.example/p.yaml', { appOrigin: APP, fetch: failing })
		).toEqual({ ok: false, reason: 'network' });
		const redirected = fakeFetch(new Response('format: 1'), 'http://evil.example/p.yaml');
		expect(
			await fetchPackFile('https://packs.example/p.yaml', { appOrigin: APP, fetch: redirected })
		).toEqual({ ok: false, reason: 'not-https' });
	});
});
