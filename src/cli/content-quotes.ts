/**
 * npm run content:quotes -- <folder of source texts> [packs folder or files, default scenarios]
 *                           [--lang fr|nl]
 *
 * Checks every citation of every pack: its source is listed in the pack's `sources` and the
 * quote appears verbatim in `<folder>/<source>.txt`. Prints each failure; exits 1 on any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { collectCitations, matchQuote } from '../lib/packs/citations';
import {
	formatIssue,
	interpolate,
	issue,
	lookupMessage,
	type PackIssue
} from '../lib/packs/issues';
import { collectPackFiles, loadMessages, pickLanguage, repoPath } from '../lib/packs/node-files';
import { parsePackText } from '../lib/packs/parse';

/** Problems with the citations of one pack file's text. */
export function checkQuotes(
	text: string,
	fileName: string,
	readSource: (id: string) => string | undefined
): { count: number; issues: PackIssue[] } {
	const result = parsePackText(text, fileName);
	if (!result.ok) return { count: 0, issues: [issue('', 'quote.invalid-pack')] };
	const listed = new Set(result.pack.sources.map((s) => s.id));
	const citations = collectCitations(result.pack);
	const issues: PackIssue[] = [];
	for (const { path, citation } of citations) {
		const params = { source: citation.source };
		if (!listed.has(citation.source)) {
			issues.push(issue(`${path}.source`, 'ref.source', { id: citation.source }));
			continue;
		}
		const source = readSource(citation.source);
		if (source === undefined) {
			issues.push(issue(`${path}.source`, 'quote.no-source-file', params));
			continue;
		}
		const match = matchQuote(source, citation.quote);
		if (match !== 'exact') {
			issues.push(
				issue(`${path}.quote`, match === 'near' ? 'quote.near-match' : 'quote.not-found', params)
			);
		}
	}
	return { count: citations.length, issues };
}

function main(argv: string[]): number {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { lang: { type: 'string' } }
	});
	const messages = loadMessages(pickLanguage(values.lang, process.env.LANG));
	const [sourcesDir, ...packPaths] = positionals;
	if (!sourcesDir) {
		console.error('usage: npm run content:quotes -- <sources folder> [packs folder]');
		return 2;
	}
	const cache = new Map<string, string | undefined>();
	const readSource = (id: string) => {
		if (!cache.has(id)) {
			// Ids are validated (no `/` or `..`), so the path stays inside the folder.
			const file = join(sourcesDir, `${id}.txt`);
			cache.set(id, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
		}
		return cache.get(id);
	};
	const files = collectPackFiles(packPaths.length ? packPaths : [repoPath('scenarios')]);
	let count = 0;
	let failures = 0;
	for (const file of files) {
		const result = checkQuotes(readFileSync(file, 'utf8'), file, readSource);
		count += result.count;
		failures += result.issues.length;
		for (const found of result.issues) {
			console.log(
				`${relative(process.cwd(), file)}: ${found.path || '-'}: ${formatIssue(found, messages)}`
			);
		}
	}
	console.error(
		interpolate(lookupMessage(messages, 'cli.quotes-summary') ?? '', { count, failures })
	);
	return failures > 0 || files.length === 0 ? 1 : 0;
}

// Run only when executed (tests import the helpers above).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
