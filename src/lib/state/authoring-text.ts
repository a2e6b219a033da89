/** Messages of the authoring screen that come from codes (validator problems, import skips). */
import type { Draft } from '$lib/authoring/templates';
import { locale, lt, t } from '$lib/i18n/index.svelte';
import { CATALOGUE } from '$lib/packs';
import { LIMITS } from '$lib/packs/limits';
import type { PackIssue } from '$lib/packs/issues';

type Option = { value: string; label: string };

/** The organisations a pack can name: the shared catalogue, then the pack's own actors. */
export function actorOptions(draft: Draft): Option[] {
	return [
		...CATALOGUE.map((a) => ({ value: a.id, label: `${lt(a.acronym)} — ${lt(a.name)}` })),
		...(draft.actors ?? []).map((a) => ({ value: a.id, label: lt(a.acronym) || a.id }))
	];
}

/** The pack's topics, by their label in the interface language. */
export function topicOptions(draft: Draft): Option[] {
	return (draft.topics ?? []).map((tp) => ({ value: tp.id, label: lt(tp.label) || tp.id }));
}

/** A validator problem in the interface language (the same messages as `pack:check`). */
export function issueMessage(issue: PackIssue): string {
	const prefix = issue.severity === 'warning' ? t('authoring:problems.warning') + ' ' : '';
	return (
		prefix + t(`packs:${issue.code}`, { ...issue.params, interpolation: { escapeValue: false } })
	);
}

const megabytes = (bytes: number) =>
	new Intl.NumberFormat(locale.current, {
		style: 'unit',
		unit: 'megabyte',
		maximumFractionDigits: 1
	}).format(bytes / 1024 / 1024);

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
