/**
 * Vite plugin that puts the SCORM player (the same build as `npm run pack:scorm`, from
 * build-player.ts) into the app under `scorm-player/`, with `scorm-player/files.json` listing its
 * files, so the authoring screen can zip a package in the browser that matches the command's.
 * The player is fetched only when an instructor exports: the service worker does not precache it.
 */
import type { Plugin } from 'vite';
import { buildPlayer, type PlayerFiles } from './build-player.ts';

export const PLAYER_DIR = 'scorm-player';
export const PLAYER_LIST = 'files.json';

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

export function scormPlayerPlugin(): Plugin {
	let files: Promise<PlayerFiles> | null = null;
	// Built once per process: the dev server and the client build share it.
	const player = () => (files ??= buildPlayer());
	const list = async () => JSON.stringify([...(await player()).keys()].sort());
	let ssr = false;
	return {
		name: 'liaison-scorm-player',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		configureServer(server) {
			server.middlewares.use(`/${PLAYER_DIR}/`, (req, res, next) => {
				const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
				(async () => {
					const built = await player();
					const body = path === PLAYER_LIST ? await list() : built.get(path);
					if (body === undefined) return next();
					res.setHeader(
						'content-type',
						TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream'
					);
					res.end(body);
				})().catch(next);
			});
		},
		async generateBundle() {
			if (ssr) return;
			for (const [path, source] of await player()) {
				this.emitFile({ type: 'asset', fileName: `${PLAYER_DIR}/${path}`, source });
			}
			this.emitFile({
				type: 'asset',
				fileName: `${PLAYER_DIR}/${PLAYER_LIST}`,
				source: await list()
			});
		}
	};
}
