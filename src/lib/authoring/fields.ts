/**
 * Where the editor shows a validation problem: each form field has an id derived from its pack
 * path; a problem goes to the field at its path, else to the closest enclosing part on screen
 * (a collapsed step, the scenario…).
 */
import { formatPath, type PackIssue } from '$lib/packs/issues';
import type { Path } from './paths';

export const fieldId = (path: Path | string) =>
	'f-' + (typeof path === 'string' ? path : formatPath(path)).replace(/\s/g, '_');

/** `scenarios[0].steps.s1.next` → `scenarios[0].steps.s1`; '' has no parent. */
export function parentPath(path: string): string | null {
	if (!path) return null;
	const trimmed = path.replace(/(?:\.[^.[\]]+|\[[^\]]*\])$/, '');
	if (trimmed !== path) return trimmed;
	return '';
}

/** Candidate paths for an issue, most precise first (a missing translation names its language). */
export function issuePaths(issue: Pick<PackIssue, 'path' | 'params'>): string[] {
	const out: string[] = [];
	const lang = issue.params?.lang;
	if (typeof lang === 'string') out.push(issue.path ? `${issue.path}.${lang}` : lang);
	for (let p: string | null = issue.path; p !== null; p = parentPath(p)) out.push(p);
	return out;
}

/** The first candidate shown on screen, or null (then only the list at the top shows it). */
export function anchorOf(
	issue: Pick<PackIssue, 'path' | 'params'>,
	shown: (path: string) => boolean
): string | null {
	return issuePaths(issue).find(shown) ?? null;
}
