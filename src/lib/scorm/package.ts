/**
 * A SCORM package: the built player (the same for every pack), the pack as data, and the manifest
 * naming every file, zipped. Pure: the player's files are given, so the CLI and the app can share it.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Pack } from '$lib/packs/schema';
import { manifestXml } from './manifest';
import type { ScormVersion } from './version';

/** The file the player reads; the name avoids `package.json`, which tools take for an npm manifest. */
export const PACK_FILE = 'liaison-pack.json';

export interface PackageInput {
	pack: Pack;
	/** What the SCO plays: one scenario, or an exam of `exam` questions drawn from the pack. */
	scenarioId?: string;
	exam?: number;
	/** An exam's time limit in minutes (the manifest declares it; the player enforces it). */
	timeLimitMinutes?: number;
	version: ScormVersion;
	/** The built player: `index.html` and its assets. */
	player: ReadonlyMap<string, Uint8Array>;
}

export interface ScormPackage {
	zip: Uint8Array;
	/** Every file in the zip (the manifest included), for the size report and the tests. */
	files: Map<string, Uint8Array>;
}

function titleOf(pack: Pack, scenarioId: string | undefined, exam: number | undefined): string {
	const title = pack.scenarios.find((s) => s.id === scenarioId)?.title ?? pack.title;
	const names = pack.languages.map((lang) => title[lang]).filter((t): t is string => !!t);
	const name = [...new Set(names)].join(' / ');
	return exam ? `${name} (${exam} Q)` : name;
}

export function scormPackage({
	pack,
	scenarioId,
	exam,
	timeLimitMinutes,
	version,
	player
}: PackageInput): ScormPackage {
	const files = new Map<string, Uint8Array>();
	const index = player.get('index.html');
	if (!index) throw new Error('the player has no index.html');
	files.set('index.html', index);
	for (const [path, bytes] of [...player].sort(([a], [b]) => a.localeCompare(b))) {
		if (path !== 'index.html') files.set(path, bytes);
	}
	const timeLimit = exam && timeLimitMinutes ? timeLimitMinutes : undefined;
	files.set(PACK_FILE, strToU8(JSON.stringify({ version, scenarioId, exam, timeLimit, pack })));
	const what = exam ? `exam${exam}` : scenarioId;
	const manifest = manifestXml({
		version,
		identifier: `${pack.id}.${what}.scorm${version.replace('.', '')}`,
		title: titleOf(pack, scenarioId, exam),
		files: [...files.keys()],
		passMark: pack.options.passMark,
		timeLimitMinutes: timeLimit
	});
	files.set('imsmanifest.xml', strToU8(manifest));
	// Text compresses well; a fixed date keeps the same input giving the same bytes.
	const mtime = new Date('2026-01-01T00:00:00Z');
	const zip = zipSync(Object.fromEntries([...files].map(([p, b]) => [p, [b, { mtime }]])), {
		level: 9
	});
	return { zip, files };
}
