/** The profile backup file: one versioned JSON object, validated before anything is written. */
import * as v from 'valibot';
import { backupOutOfBounds } from './backup-bounds';
import { checkResultObject } from '$lib/class/codec';
import { ClassResultRecordSchema, ClassSessionSchema } from './classes';
import { ProgressError } from './errors';
import {
	CardRecordSchema,
	EventSchema,
	ProfileSchema,
	RunSchema,
	SettingSchema,
	TimeSchema
} from './records';

export const BACKUP_FORMAT = 'liaison-progress-backup';
export const BACKUP_VERSION = 1;
/** Far above any real profile; refuses a pasted multi-hundred-megabyte file before parsing it. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;
const MAX_ROWS = 1_000_000;

const rows = <T extends v.GenericSchema>(schema: T) =>
	v.pipe(v.array(schema), v.maxLength(MAX_ROWS));

export const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: TimeSchema,
	profile: ProfileSchema,
	runs: rows(RunSchema),
	events: rows(EventSchema),
	cards: rows(CardRecordSchema),
	settings: rows(SettingSchema),
	// The device's class sessions (schema v5); absent from backups made before them.
	classSessions: v.optional(rows(ClassSessionSchema)),
	classResults: v.optional(rows(ClassResultRecordSchema))
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** Start of the detail of a backup refused for values out of bounds (see backup-bounds.ts). */
export const OUT_OF_BOUNDS = 'out of bounds';

function invalid(detail: string, cause?: unknown): ProgressError {
	return new ProgressError('backup-invalid', { detail, cause });
}

/** Parses and checks a backup (a JSON string or an already parsed value); throws ProgressError. */
export function parseBackup(input: unknown, now = Date.now()): Backup {
	let data = input;
	if (typeof input === 'string') {
		if (input.length > MAX_BACKUP_CHARS) throw invalid('file too large');
		try {
			data = JSON.parse(input);
		} catch (error) {
			throw invalid('not JSON', error);
		}
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new ProgressError('backup-foreign');
	}
	const head = data as { format?: unknown; version?: unknown };
	if (head.format !== BACKUP_FORMAT) throw new ProgressError('backup-foreign');
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
		throw new ProgressError('backup-unsupported-version');
	}
	const result = v.safeParse(BackupSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		throw invalid(`${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
	}
	const backup = result.output;
	const owner = backup.profile.id;
	const foreignRow = [...backup.runs, ...backup.events, ...backup.cards].some(
		(r) => r.profileId !== owner
	);
	if (foreignRow || backup.settings.some((s) => s.scope !== owner)) {
		throw invalid('rows of another profile');
	}
	for (const list of [backup.runs, backup.events]) {
		if (new Set(list.map((r) => r.id)).size !== list.length) throw invalid('duplicate ids');
	}
	const bounds = backupOutOfBounds(backup, now);
	if (bounds) throw invalid(`${OUT_OF_BOUNDS} (${bounds.count}): ${bounds.places.join(', ')}`);
	const sessions = new Set((backup.classSessions ?? []).map((s) => s.id));
	const orphan = (backup.classResults ?? []).some(
		(r) => !sessions.has(r.sessionId) || r.result.session !== r.sessionId
	);
	if (orphan || sessions.size !== (backup.classSessions ?? []).length) {
		throw invalid('class results without their session');
	}
	for (const row of backup.classResults ?? []) {
		if (!checkResultObject(row.result).ok || row.checksum !== row.result.checksum) {
			throw invalid(`class result ${row.checksum}: checksum`);
		}
	}
	return backup;
}
