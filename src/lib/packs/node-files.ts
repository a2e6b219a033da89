/**
 * Node-only helpers shared by the command-line tools and the Vite plugin (never imported by
 * the app): finding pack files and reading the validator messages.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageTree } from './issues.ts';
import type { Language } from './schema.ts';

export const PACK_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Files as given, plus every pack file inside the given folders (recursively, sorted). */
export function collectPackFiles(paths: readonly string[]): string[] {
	const out: string[] = [];
	const visit = (path: string, explicit: boolean) => {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) {
			if (explicit) out.push(path); // reported as unreadable by the caller
			return;
		}
		if (stat.isDirectory()) {
			const name = basename(path);
			if (!explicit && (name.startsWith('.') || name === 'node_modules')) return;
			for (const entry of readdirSync(path).sort()) visit(join(path, entry), false);
		} else if (explicit || PACK_EXTENSIONS.has(extname(path).toLowerCase())) {
			out.push(path);
		}
	};
	for (const p of paths) visit(p, true);
	return out;
}

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export function repoPath(...parts: string[]): string {
	return join(ROOT, ...parts);
}

export function loadMessages(lang: Language): MessageTree {
	return JSON.parse(readFileSync(repoPath('locales', lang, 'packs.json'), 'utf8')) as MessageTree;
}

/** `--lang`, else the LANG environment variable (nl_BE.UTF-8 → nl), else French. */
export function pickLanguage(flag: string | undefined, env: string | undefined): Language {
	const wanted = (flag ?? env ?? '').slice(0, 2).toLowerCase();
	return wanted === 'nl' ? 'nl' : 'fr';
}
