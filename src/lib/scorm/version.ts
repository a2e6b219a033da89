/** The two SCORM editions a package can target. */
export const SCORM_VERSIONS = ['1.2', '2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

export function isScormVersion(value: unknown): value is ScormVersion {
	return (SCORM_VERSIONS as readonly unknown[]).includes(value);
}

/** What the manifest asks an LMS to do when an exam's time is up; the player acts on `exit,…`. */
export const TIME_LIMIT_ACTION = 'exit,message';
