/** Issue 21: a host that sends one byte a second is cut off by the total time limit. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPackFile } from './fetch-pack';

let server: Server;
let origin = '';
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
	server = createServer((request, response) => {
		response.writeHead(200, { 'content-type': 'application/json' });
		if (request.url === '/fast.json') return void response.end('{"format":1}');
		// One byte a second, forever (until the client goes away).
		const timer = setInterval(() => response.write('{'), 1_000);
		timers.add(timer);
		response.write('{');
		request.on('close', () => clearInterval(timer));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	for (const timer of timers) clearInterval(timer);
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
});

describe('fetching from a slow host', () => {
	it('gives up after the time limit with its own reason', async () => {
		const start = performance.now();
		const result = await fetchPackFile(`${origin}/slow.json`, {
			appOrigin: origin,
			timeoutMs: 1_500
		});
		expect(result).toEqual({ ok: false, reason: 'timeout' });
		expect(performance.now() - start).toBeLessThan(4_000);
	});

	it('still reads a quick host within the same limit', async () => {
		const result = await fetchPackFile(`${origin}/fast.json`, {
			appOrigin: origin,
			timeoutMs: 1_500
		});
		expect(result).toMatchObject({ ok: true, fileName: 'fast.json' });
	});
});
