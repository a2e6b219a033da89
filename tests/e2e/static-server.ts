import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		(s) => s.isFile(),
		() => false
	);
}

/** A plain static host (clean URLs, no caching headers) over a folder the test can change. */
export async function serveFolder(
	root: string,
	{
		gzip = false,
		special
	}: {
		gzip?: boolean;
		/** Answers a path itself first (a test hook); returns false to serve the file as usual. */
		special?: (path: string, res: import('node:http').ServerResponse) => boolean;
	} = {}
): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer(async (req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		if (special?.(path, res)) return;
		let file = join(root, path === '/' ? 'index.html' : path);
		if (!(await exists(file)) && (await exists(file + '.html'))) file += '.html';
		if (!file.startsWith(root) || !(await exists(file))) {
			res.writeHead(404).end('not found');
			return;
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		const body = await readFile(file);
		// Any real host compresses text; the audit measures what a phone would download.
		const compress = gzip && !type.startsWith('image/png');
		res.writeHead(200, {
			'content-type': type,
			'cache-control': 'no-cache',
			...(compress ? { 'content-encoding': 'gzip' } : {})
		});
		res.end(compress ? gzipSync(body) : body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// A browser killed by a test leaves its keep-alive sockets open.
				server.closeAllConnections();
			})
	};
}
