/** The profile backup file: one versioned JSON object, validated before anything is written. */
import * as v from 'valibot';
import { backupOutOfBounds } from './backup-bounds';
import { checkResultObject } from '$lib/class/codec';
import { ClassResultRecordSchema, ClassSessionSchema } from './classes';
import { BackupInvalidError, ProgressError, type BackupInvalidReason } from './errors';
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

/** Start of the logged detail of a backup refused for values out of bounds (see backup-bounds.ts). */
const OUT_OF_BOUNDS = 'out of bounds';

function invalid(reason: BackupInvalidReason, detail?: string, cause?: unknown): ProgressError {
	return new BackupInvalidError(reason, { detail, cause });
}

/** Parses and checks a backup (a JSON string or an already parsed value); throws ProgressError. */
export function parseBackup(input: unknown, now = Date.now()): Backup {
	let data = input;
	if (typeof input === 'string') {
		if (input.length > MAX_BACKUP_CHARS) throw invalid({ kind: 'too-large' }, 'file too large');
		try {
			data = JSON.parse(input);
		} catch (error) {
			throw invalid({ kind: 'not-json' }, 'not JSON', error);
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
		const where = v.getDotPath(issue) ?? '(root)';
		throw invalid({ kind: 'malformed', where }, `${where}: ${issue.message}`);
	}
	const backup = result.output;
	const owner = backup.profile.id;
	const foreignRow = [...backup.runs, ...backup.events, ...backup.cards].some(
		(r) => r.profileId !== owner
	);
	if (foreignRow || backup.settings.some((s) => s.scope !== owner)) {
		throw invalid({ kind: 'inconsistent' }, 'rows of another profile');
	}
	for (const list of [backup.runs, backup.events]) {
		if (new Set(list.map((r) => r.id)).size !== list.length)
			throw invalid({ kind: 'inconsistent' }, 'duplicate ids');
	}
	const bounds = backupOutOfBounds(backup, now);
	if (bounds) {
		const where = bounds.places.join(', ');
		throw invalid(
			{ kind: 'out-of-bounds', count: bounds.count, where },
			`${OUT_OF_BOUNDS} (${bounds.count}): ${where}`
		);
	}
	const sessions = new Set((backup.classSessions ?? []).map((s) => s.id));
	const orphan = (backup.classResults ?? []).some(
		(r) => !sessions.has(r.sessionId) || r.result.session !== r.sessionId
	);
	if (orphan || sessions.size !== (backup.classSessions ?? []).length) {
		throw invalid({ kind: 'inconsistent' }, 'class results without their session');
	}
	for (const row of backup.classResults ?? []) {
		if (!checkResultObject(row.result).ok || row.checksum !== row.result.checksum) {
			const where = `class result ${row.checksum}`;
			throw invalid({ kind: 'malformed', where }, `${where}: checksum`);
		}
	}
	return backup;
}
