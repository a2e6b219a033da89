import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackInput } from '$lib/packs/schema';
import { editorOf, part, renderParts } from '../../../../tests/factories/editor';
import { makePack } from '../../../../tests/factories/packs';
import { stringsReady } from '$lib/i18n/index.svelte';
import ProblemList from './ProblemList.svelte';
import QuestionsEditor from './QuestionsEditor.svelte';
import ScenarioEditor from './ScenarioEditor.svelte';

type Draft = PackInput & { scenarios: NonNullable<PackInput['scenarios']> };
const steps = (d: Draft) => d.scenarios[0]!.steps as Record<string, Record<string, unknown>>;

/** Drafts with one kind of problem each, and the field its listed problem must lead to. */
const cases: { code: string; field: string; spoil: (d: Draft) => void }[] = [
	{
		code: 'graph.missing-next',
		field: 'f-scenarios[0].steps.decide.choices[0]',
		spoil: (d) => delete steps(d).decide!.next
	},
	{
		code: 'ref.step',
		field: 'f-scenarios[0].steps.order.next',
		spoil: (d) => void (steps(d).order!.next = 'ghost')
	},
	{
		code: 'text.missing-translation',
		field: 'f-questions[0].prompt.nl',
		spoil: (d) => void (d.questions![0]!.prompt = { fr: 'Seulement en français' })
	},
	{
		code: 'id.duplicate',
		field: 'f-questions[1].id',
		spoil: (d) => void (d.questions![1]!.id = d.questions![0]!.id)
	},
	{
		code: 'score.decision-no-points',
		field: 'f-scenarios[0].steps.decide.choices',
		spoil: (d) => {
			for (const c of steps(d).decide!.choices as { points: number }[]) c.points = 0;
		}
	}
];

/** A field id names its pack path; the focus may land on the path or the closest part holding it. */
const related = (id: string, path: string) => {
	const at = id.replace(/^f-/, '');
	return path.startsWith(at) || at.startsWith(path);
};

describe('every listed problem leads to its field', () => {
	const scrolled: Element[] = [];
	beforeAll(() => {
		// jsdom does not scroll: record which element was asked to come into view.
		Element.prototype.scrollIntoView = function (this: Element) {
			scrolled.push(this);
		};
		return stringsReady();
	});

	it.each(cases)('$code', async ({ field, spoil }) => {
		const draft = structuredClone(makePack()) as Draft;
		spoil(draft);
		// The parts of the screen these problems are in, around the list that leads to them.
		renderParts(
			[
				part(ProblemList, {}),
				part(ScenarioEditor, { onplay: () => {} }),
				part(QuestionsEditor, {})
			],
			editorOf(draft)
		);
		const list = screen.getByRole('region', { name: 'Vérification du pack' });
		const problems = within(list).getAllByRole('button');
		expect(problems.length).toBeGreaterThan(0);
		const reached: string[] = [];
		for (const problem of problems) {
			const path = problem.querySelector('.where')!.textContent!;
			await userEvent.click(problem);
			const focused = document.activeElement as HTMLElement;
			expect(focused.id, `"${problem.textContent}" leads nowhere`).toMatch(/^f-/);
			expect(related(focused.id, path), `${path} → ${focused.id}`).toBe(true);
			expect(scrolled.at(-1)).toBe(focused);
			reached.push(focused.id);
		}
		expect(reached).toContain(field);
	});
});
