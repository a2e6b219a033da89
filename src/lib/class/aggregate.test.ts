import { describe, expect, it } from 'vitest';
import { buildClassView } from './aggregate';
import { sealResult } from './format';
import { classPack, examBody, scenarioResult } from '../../../tests/factories/class';

const scenario = { kind: 'scenario' as const, target: 'liaison-basics' };

describe('class view', () => {
	const results = [
		scenarioResult('Alice', 'best'),
		scenarioResult('Bram', 'best'),
		scenarioResult('Chloé', 'forgot'),
		scenarioResult('Daan', 'keep')
	];
	const view = buildClassView(classPack, scenario, results);

	it('counts results, endings, pass rate and the score distribution', () => {
		expect(view.count).toBe(4);
		expect(view.endings).toEqual([
			{ stepId: 'end-good', count: 2 },
			{ stepId: 'end-bad', count: 2 }
		]);
		expect(view.distribution.reduce((a, b) => a + b, 0)).toBe(4);
		expect(view.passed).toBe(2);
		expect(view.passRate).toBe(0.5);
		expect(view.trainees.map((t) => t.name)).toEqual(['Alice', 'Bram', 'Chloé', 'Daan']);
		expect(view.trainees[0]).toMatchObject({ percent: 100, passed: true, durationMs: 420_000 });
	});

	it('shares each decision option among those who reached it, best marked', () => {
		expect(view.decisions).toEqual([
			{
				stepId: 'decide',
				reached: 4,
				options: [
					{ id: 'share', count: 3, share: 0.75, best: true },
					{ id: 'keep', count: 1, share: 0.25, best: false }
				]
			}
		]);
	});

	it('compares partners with what the pack expects and names the extremes', () => {
		expect(view.partners).toEqual([
			{
				stepId: 'partners',
				reached: 3,
				partners: [
					{ actor: 'federal-police', rating: 'essential', count: 2, share: 2 / 3 },
					{ actor: 'immigration-office', rating: 'useful', count: 2, share: 2 / 3 },
					{ actor: 'ccb', rating: 'inappropriate', count: 1, share: 1 / 3 }
				],
				mostForgotten: 'federal-police',
				mostWrong: 'ccb'
			}
		]);
	});

	it('counts the paths step to step', () => {
		const edge = (from: string, to: string) =>
			view.edges.find((e) => e.from === from && e.to === to)?.count;
		expect(edge('brief', 'decide')).toBe(4);
		expect(edge('decide', 'partners')).toBe(3);
		expect(edge('decide', 'end-bad')).toBe(1);
		expect(edge('partners', 'end-bad')).toBe(1);
		expect(edge('quiz', 'end-good')).toBe(2);
	});

	it('is empty but well-formed with no results', () => {
		const empty = buildClassView(classPack, scenario, []);
		expect(empty).toMatchObject({ count: 0, passRate: 0, meanPercent: 0, edges: [] });
		expect(empty.decisions[0]?.options.every((o) => o.share === 0)).toBe(true);
	});

	it('orders exam questions most missed first', () => {
		const exam = buildClassView(classPack, { kind: 'exam', target: classPack.id }, [
			sealResult(examBody('A', ['q-single', 'q-truefalse'])),
			sealResult(examBody('B', ['q-single'])),
			sealResult(examBody('C', []))
		]);
		const byId = Object.fromEntries(exam.questions.map((q) => [q.id, q]));
		expect(byId['q-single']).toMatchObject({ asked: 3, correct: 2 });
		expect(byId['q-truefalse']).toMatchObject({ asked: 3, correct: 1 });
		expect(exam.questions.at(-1)?.id).toBe('q-single');
		expect(exam.questions[0]?.share).toBe(0);
		expect(exam.questions[0]?.question?.explanation.fr).toMatch(/^Explication/);
		expect(exam.decisions).toEqual([]);
	});
});
