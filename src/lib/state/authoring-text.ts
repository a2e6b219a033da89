/** Messages of the authoring screen that come from codes (validator problems, import skips). */
import { t } from '$lib/i18n/index.svelte';
import type { PackIssue } from '$lib/packs/issues';

/** A validator problem in the interface language (the same messages as `pack:check`). */
export function issueMessage(issue: PackIssue): string {
	const prefix = issue.severity === 'warning' ? t('authoring:problems.warning') + ' ' : '';
	return (
		prefix + t(`packs:${issue.code}`, { ...issue.params, interpolation: { escapeValue: false } })
	);
}
