/** Messages of the authoring screen that come from codes (validator problems, import skips). */
import { formatMegabytes } from '$lib/i18n/format';
import { locale, t } from '$lib/i18n/index.svelte';
import { LIMITS } from '$lib/packs/limits';
import type { PackIssue } from '$lib/packs/issues';

/** A validator problem in the interface language (the same messages as `pack:check`). */
export function issueMessage(issue: PackIssue): string {
	const prefix = issue.severity === 'warning' ? t('authoring:problems.warning') + ' ' : '';
	return (
		prefix + t(`packs:${issue.code}`, { ...issue.params, interpolation: { escapeValue: false } })
	);
}

const megabytes = (bytes: number) => formatMegabytes(bytes, locale.current);

/**
 * Files the editor opens (a pack, a question bank) are refused above the pack size limit before
 * they are read; the message says why, or null when the file may be read.
 */
export function fileTooLarge(file: Pick<File, 'name' | 'size'>): string | null {
	if (file.size <= LIMITS.maxFileBytes) return null;
	return t('authoring:file_too_large', {
		name: file.name,
		size: megabytes(file.size),
		max: megabytes(LIMITS.maxFileBytes),
		interpolation: { escapeValue: false }
	});
}
