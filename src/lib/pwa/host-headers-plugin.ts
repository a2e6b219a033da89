/**
 * The headers README asks a host to send (a `<meta>` policy cannot carry them), sent by
 * `vite preview`, hence by `npm start` and the end-to-end tests. Preview's default CORS header
 * (`Access-Control-Allow-Origin: *`) is turned off in vite.config.ts.
 */
import type { Plugin } from 'vite';

export const HOST_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	// The camera only for this origin: an instructor scans trainees' result codes (class debrief).
	'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()'
};

/** Pages and the service worker are revalidated on every load, so an update is never missed. */
const REVALIDATED = /(?:^|\/)(?:[^./]*|[^/]*\.html|service-worker\.js)$/;

export function hostHeadersPlugin(): Plugin {
	return {
		name: 'liaison-host-headers',
		configurePreviewServer(server) {
			server.middlewares.use((req, res, next) => {
				for (const [name, value] of Object.entries(HOST_HEADERS)) res.setHeader(name, value);
				const path = new URL(req.url ?? '/', 'http://host').pathname;
				if (REVALIDATED.test(path)) res.setHeader('Cache-Control', 'no-cache');
				next();
			});
		}
	};
}
