import { describe, expect, it } from 'vitest';
import { checkAgainstSession } from './check';
import { sealResult } from './format';
import {
	classPack,
	examBody,
	makeClassSession,
	scenarioBody,
	scenarioResult
} from '../../../tests/factories/class';

const none = new Set<string>();

describe('checking a result against its session', () => {
	const session = makeClassSession();

	it('accepts the results of every path', () => {
		for (const path of ['best', 'forgot', 'keep'] as const) {
			expect(checkAgainstSession(scenarioResult('A', path), session, classPack, none)).toBeNull();
		}
	});

	it('refuses another session, pack version, scenario and a duplicate', () => {
		const result = scenarioResult('A');
		const other = makeClassSession({ id: 'another-session-1' });
		expect(checkAgainstSession(result, other, classPack, none)).toBe('other-session');
		const newer = { ...classPack, version: '2.0.0' };
		expect(checkAgainstSession(result, session, newer, none)).toBe('other-version');
		expect(checkAgainstSession(result, { ...session, target: 'x' }, classPack, none)).toBe(
			'other-target'
		);
		expect(checkAgainstSession(result, session, classPack, new Set([result.checksum]))).toBe(
			'duplicate'
		);
		expect(checkAgainstSession(result, session, undefined, none)).toBe('other-version');
	});

	it('refuses points the pack does not give, even with a recomputed checksum', () => {
		const body = scenarioBody('A', 'keep');
		const items = body.items.map((i) => (i.id === 'decide' ? { ...i, points: 2 } : i));
		const forged = sealResult({ ...body, items, points: body.points + 2 });
		expect(checkAgainstSession(forged, session, classPack, none)).toBe('points');
		const total = sealResult({ ...body, points: body.points + 1 });
		expect(checkAgainstSession(total, session, classPack, none)).toBe('points');
	});

	it('refuses steps the scenario does not have', () => {
		const body = scenarioBody('A');
		const bad = sealResult({ ...body, items: [...body.items, { ...body.items[0]!, id: 'nope' }] });
		expect(checkAgainstSession(bad, session, classPack, none)).toBe('unknown-step');
	});

	it('checks an exam question by question', () => {
		const exam = makeClassSession({ kind: 'exam', target: classPack.id });
		const body = examBody('A', ['q-single']);
		expect(checkAgainstSession(sealResult(body), exam, classPack, none)).toBeNull();
		const items = body.items.map((i) => (i.id === 'q-truefalse' ? { ...i, points: 1 } : i));
		const forged = sealResult({ ...body, items, points: body.points + 1 });
		expect(checkAgainstSession(forged, exam, classPack, none)).toBe('points');
	});
});
