/**
 * npm run bank:import -- [--lang fr|nl] [--bank-lang fr|nl] [--json] <file>...
 *
 * Reads GIFT, Aiken or Moodle XML question banks as the editor does and prints the import
 * report: one line per question (kept or refused) and one per part changed or dropped, each
 * with its line, then a summary per file. With --json, stdout holds the imported questions
 * (one JSON object per file) and the report goes to stderr. Exits 1 when a file is refused.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bankReport, type ReportEntry } from '../lib/authoring/bank-report';
import { importBank } from '../lib/authoring/draft-file';
import { interpolate, lookupMessage, type MessageTree } from '../lib/packs/issues';
import { pickLanguage, repoPath } from '../lib/packs/node-files';

export function reportLine(file: string, e: ReportEntry, messages: MessageTree): string {
	const say = (key: string, params?: Record<string, string | number>) =>
		interpolate(lookupMessage(messages, key) ?? key, params);
	const detail = e.code === 'file-refused' ? say(`bank.file_refused.${e.detail}`) : e.detail;
	const what =
		e.kind === 'kept'
			? `${e.question} (${e.code})`
			: `${e.question ? `${e.question} — ` : ''}${say(`skip.${e.code}`)}${detail ? ` «${detail}»` : ''}`;
	return `${file}:${e.line}: ${say(`bank.report.${e.kind}`)}: ${what}`;
}

function main(argv: string[]): number {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			lang: { type: 'string' },
			'bank-lang': { type: 'string' },
			json: { type: 'boolean' }
		}
	});
	const lang = pickLanguage(values.lang, process.env.LANG);
	const messages = JSON.parse(
		readFileSync(repoPath('locales', lang, 'authoring.json'), 'utf8')
	) as MessageTree;
	const say = (key: string, params?: Record<string, string | number>) =>
		interpolate(lookupMessage(messages, key) ?? key, params);
	if (positionals.length === 0) {
		console.error(say('bank.report.usage'));
		return 1;
	}
	const out = values.json ? console.error : console.log;
	let failed = 0;
	for (const file of positionals) {
		const shown = relative(process.cwd(), file) || file;
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			out(`${shown}: ${error instanceof Error ? error.message : String(error)}`);
			failed++;
			continue;
		}
		const bankLang = pickLanguage(values['bank-lang'], lang);
		const result = importBank(text, file, { lang: bankLang });
		const report = bankReport(result);
		for (const e of report.entries) out(reportLine(shown, e, messages));
		out(`${shown}: ${say('bank.report.summary', report.counts)}`);
		if (result.skipped.some((s) => s.reason === 'file-refused')) failed++;
		if (values.json) console.log(JSON.stringify(result));
	}
	return failed > 0 ? 1 : 0;
}

// Run only when executed (tests import the helpers above).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
