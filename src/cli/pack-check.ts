/**
 * npm run pack:check -- [--lang fr|nl] [--json] [--builtin|--imported] <file or folder>...
 * npm run pack:check -- --write-schema [path]   (default static/schema/pack.schema.json)
 *
 * Prints one line per problem, `file: location: message`, and exits 1 when any pack has an
 * error. Files inside a `scenarios` folder are checked as built-in packs unless --imported.
 * With --json, stdout holds only JSON Lines (one normalised pack per valid file, one line
 * each) and every problem line goes to stderr, so the output can be piped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
	formatIssue,
	interpolate,
	lookupMessage,
	type MessageTree,
	type PackIssue
} from '../lib/packs/issues';
import { packJsonSchemaText } from '../lib/packs/json-schema';
import { collectPackFiles, loadMessages, pickLanguage, repoPath } from '../lib/packs/node-files';
import { parsePackText } from '../lib/packs/parse';

export function issueLine(file: string, found: PackIssue, messages: MessageTree): string {
	const where = found.path || '-';
	const warning =
		found.severity === 'warning' ? `${lookupMessage(messages, 'cli.warning') ?? 'warning'}: ` : '';
	return `${file}: ${where}: ${warning}${formatIssue(found, messages)}`;
}

function isBuiltIn(file: string, flags: { builtin?: boolean; imported?: boolean }): boolean {
	if (flags.builtin) return true;
	if (flags.imported) return false;
	return basename(dirname(resolve(file))) === 'scenarios';
}

function main(argv: string[]): number {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			lang: { type: 'string' },
			json: { type: 'boolean' },
			builtin: { type: 'boolean' },
			imported: { type: 'boolean' },
			'write-schema': { type: 'boolean' }
		}
	});
	const messages = loadMessages(pickLanguage(values.lang, process.env.LANG));
	const say = (code: string, params?: Record<string, string | number>) =>
		interpolate(lookupMessage(messages, code) ?? code, params);

	if (values['write-schema']) {
		const target = positionals[0] ?? repoPath('static', 'schema', 'pack.schema.json');
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, packJsonSchemaText());
		console.error(relative(process.cwd(), target));
		return 0;
	}
	const files = collectPackFiles(positionals.length ? positionals : [repoPath('scenarios')]);
	if (files.length === 0) {
		console.error(say('cli.no-files'));
		return 1;
	}
	// With --json, stdout is reserved for the packs.
	const problem = values.json ? console.error : console.log;
	let errors = 0;
	let warnings = 0;
	for (const file of files) {
		const shown = relative(process.cwd(), file) || file;
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			problem(`${shown}: -: ${error instanceof Error ? error.message : String(error)}`);
			errors++;
			continue;
		}
		const result = parsePackText(text, file, { builtIn: isBuiltIn(file, values) });
		const found = result.ok ? result.warnings : result.issues;
		for (const i of found) {
			problem(issueLine(shown, i, messages));
			if (i.severity === 'error') errors++;
			else warnings++;
		}
		if (result.ok && values.json) console.log(JSON.stringify(result.pack));
	}
	console.error(say('cli.summary', { files: files.length, errors, warnings }));
	return errors > 0 ? 1 : 0;
}

// Run only when executed (tests import the helpers above).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
