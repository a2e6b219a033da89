import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ISSUE_CODES } from '$lib/packs/issues';
import { validatePack } from '$lib/packs/validate';
import { makeRawPack } from '../../../../tests/factories/packs';
import { NOT_IN_EDITOR, PROBLEM_DRAFTS } from '../../../../tests/factories/pack-problems';
import { stringsReady } from '$lib/i18n/index.svelte';
import type { Json } from '$lib/progress';
import DraftEditorView from './DraftEditorView.svelte';

vi.mock('$lib/state/drafts', () => ({ storeDraft: vi.fn(async () => true) }));

/**
 * Every code the validator has (the IssueCode union, listed in ISSUE_CODES) is either in the
 * drafts table or said not to occur in the editor: a new code fails here until it has a draft.
 */
const cases = Object.entries(PROBLEM_DRAFTS).map(([code, spoil]) => ({ code, spoil: spoil! }));

/** A field id names its pack path; the focus may land on the path or the closest part holding it. */
const related = (id: string, path: string) => {
	const at = id.replace(/^f-/, '');
	return path.startsWith(at) || at.startsWith(path);
};

// limit.steps renders a scenario of 300 steps: minutes in jsdom on a busy machine.
describe('every listed problem leads to its field', { timeout: 300_000 }, () => {
	const scrolled: Element[] = [];
	beforeAll(() => {
		// jsdom does not scroll: record which element was asked to come into view.
		Element.prototype.scrollIntoView = function (this: Element) {
			scrolled.push(this);
		};
		return stringsReady();
	});

	it('has a draft for every problem code the editor can list', () => {
		const missing = ISSUE_CODES.filter((code) => !PROBLEM_DRAFTS[code] && !NOT_IN_EDITOR[code]);
		expect(missing, 'codes with no draft in tests/factories/pack-problems.ts').toEqual([]);
		const both = ISSUE_CODES.filter((code) => PROBLEM_DRAFTS[code] && NOT_IN_EDITOR[code]);
		expect(both).toEqual([]);
	});

	it.each(cases)('$code', async ({ code, spoil }) => {
		const draft = structuredClone(makeRawPack());
		spoil(draft);
		// The list shows the validator's problems in its order: those of this code are the ones tapped.
		const result = validatePack(draft);
		const issues = result.ok ? result.warnings : result.issues;
		const mine = issues.flatMap((found, i) => (found.code === code ? [i] : []));
		expect(mine.length, `the draft has no ${code}`).toBeGreaterThan(0);
		render(DraftEditorView, {
			record: { id: 'd1', title: '', updatedAt: 0, pack: draft as unknown as Json }
		});
		const list = screen.getByRole('region', { name: 'Vérification du pack' });
		const problems = within(list).getAllByRole('button');
		expect(problems).toHaveLength(issues.length);
		for (const i of mine) {
			const problem = problems[i]!;
			const path = issues[i]!.path;
			if (path) expect(problem.querySelector('.where')!.textContent).toBe(path);
			await userEvent.click(problem);
			const focused = document.activeElement as HTMLElement;
			expect(focused.id, `"${problem.textContent}" leads nowhere`).toMatch(/^f-/);
			expect(related(focused.id, path), `${path} → ${focused.id}`).toBe(true);
			expect(scrolled.at(-1)).toBe(focused);
		}
	});
});
