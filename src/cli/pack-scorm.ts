/**
 * npm run pack:scorm -- <pack file> [--scenario id | --exam N [--time-limit minutes]]
 *                      --version 1.2|2004 --out file.zip [--lang fr|nl]
 *
 * Writes a SCORM package that plays one scenario of the pack (or an exam of N of its questions) in any LMS (Moodle: activity
 * "SCORM package"), and prints its size. The pack is checked first, as pack:check does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { interpolate, lookupMessage, type MessageTree } from '../lib/packs/issues';
import { loadMessages, pickLanguage, repoPath } from '../lib/packs/node-files';
import { parsePackText } from '../lib/packs/parse';
import { buildPlayer } from '../lib/scorm/node/build-player';
import { PACK_FILE, scormPackage, type ScormPackage } from '../lib/scorm/package';
import { isScormVersion } from '../lib/scorm/version';
import { issueLine } from './pack-check';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			scenario: { type: 'string' },
			exam: { type: 'string' },
			'time-limit': { type: 'string' },
			version: { type: 'string', default: '1.2' },
			out: { type: 'string' },
			lang: { type: 'string' }
		}
	});
	const lang = pickLanguage(values.lang, process.env.LANG);
	const messages = loadMessages(lang);
	// The command's own strings live with the player's (scorm namespace), not in the app's packs.json.
	const own = JSON.parse(
		readFileSync(repoPath('locales', lang, 'scorm.json'), 'utf8')
	) as MessageTree;
	const say = (code: string, params?: Record<string, string | number>) =>
		interpolate(lookupMessage(own, `cli.${code}`) ?? code, params);
	const [file] = positionals;
	if (!file || !values.out) {
		console.error(say('usage'));
		return 2;
	}
	if (!isScormVersion(values.version)) {
		console.error(say('bad-version', { version: values.version }));
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		console.error(`${file}: -: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	}
	const parsed = parsePackText(text, file);
	if (!parsed.ok) {
		for (const found of parsed.issues) console.error(issueLine(file, found, messages));
		return 1;
	}
	const pack = parsed.pack;
	const player = () => buildPlayer();
	if (values.exam !== undefined) {
		const count = Number(values.exam);
		if (!Number.isInteger(count) || count < 1 || count > pack.questions.length) {
			console.error(say('bad-exam', { file, exam: values.exam, max: pack.questions.length }));
			return 1;
		}
		const limitText = values['time-limit'];
		const timeLimitMinutes = limitText === undefined ? undefined : Number(limitText);
		if (
			timeLimitMinutes !== undefined &&
			(!Number.isInteger(timeLimitMinutes) || timeLimitMinutes < 1 || timeLimitMinutes > 600)
		) {
			console.error(say('bad-time-limit', { file, limit: limitText! }));
			return 1;
		}
		return write(
			scormPackage({
				pack,
				exam: count,
				timeLimitMinutes,
				version: values.version,
				player: await player()
			})
		);
	}
	const scenarioId = values.scenario ?? pack.scenarios[0]?.id;
	if (!scenarioId || !pack.scenarios.some((s) => s.id === scenarioId)) {
		const known = pack.scenarios.map((s) => s.id).join(', ') || '-';
		console.error(say('no-scenario', { file, scenario: values.scenario ?? '-', known }));
		return 1;
	}
	return write(scormPackage({ pack, scenarioId, version: values.version, player: await player() }));

	function write(built: ScormPackage): number {
		const out = values.out!;
		writeFileSync(out, built.zip);
		console.log(
			say('written', {
				out: relative(process.cwd(), out) || out,
				size: kb(built.zip.length),
				files: built.files.size,
				pack: kb(built.files.get(PACK_FILE)!.length)
			})
		);
		return 0;
	}
}

// Run only when executed (tests import main).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
