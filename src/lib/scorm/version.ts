/** The two SCORM editions a package can target. */
export const SCORM_VERSIONS = ['1.2', '2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

export function isScormVersion(value: unknown): value is ScormVersion {
	return (SCORM_VERSIONS as readonly unknown[]).includes(value);
}
