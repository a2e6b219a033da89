import { describe, expect, it } from 'vitest';
import { findApi, LmsConnection, type WindowLike } from './api';

function fakeApi12() {
	const values: Record<string, string> = {};
	const calls: string[] = [];
	return {
		values,
		calls,
		LMSInitialize: () => (calls.push('init'), 'true'),
		LMSFinish: () => (calls.push('finish'), 'true'),
		LMSGetValue: (e: string) => values[e] ?? '',
		LMSSetValue: (e: string, v: string) =>
			e.startsWith('bad') ? 'false' : ((values[e] = v), 'true'),
		LMSCommit: () => (calls.push('commit'), 'true'),
		LMSGetLastError: () => '401'
	};
}

describe('finding the LMS API', () => {
	it('walks up the parent frames', () => {
		const api = fakeApi12();
		const top: WindowLike = { API: api };
		top.parent = top;
		const middle: WindowLike = { parent: top };
		expect(findApi({ parent: middle }, '1.2')).toBe(api);
		expect(findApi({ parent: middle }, '2004')).toBeNull();
	});

	it('then the opener and its parents (an LMS that opens the package in a new window)', () => {
		const api = { Initialize: () => 'true' };
		const lms: WindowLike = { API_1484_11: api };
		const self: WindowLike = { opener: { parent: lms } };
		self.parent = self;
		expect(findApi(self, '2004')).toBe(api);
	});

	it('stops at a frame of another origin', () => {
		const foreign = {} as WindowLike;
		Object.defineProperty(foreign, 'API', {
			get() {
				throw new Error('SecurityError');
			}
		});
		expect(findApi({ parent: foreign }, '1.2')).toBeNull();
	});
});

describe('an LMS session', () => {
	it('initialises, writes, notes refusals, and terminates once', () => {
		const api = fakeApi12();
		const lms = LmsConnection.open({ API: api }, '1.2')!;
		lms.set([
			['cmi.core.lesson_status', 'incomplete'],
			['bad.element', 'x']
		]);
		expect(api.values['cmi.core.lesson_status']).toBe('incomplete');
		expect(lms.refused).toEqual([{ element: 'bad.element', code: '401' }]);
		lms.terminate([['cmi.core.exit', 'suspend']]);
		lms.terminate([]);
		lms.set([['cmi.core.lesson_status', 'passed']]);
		expect(api.calls).toEqual(['init', 'commit', 'finish']);
		expect(api.values['cmi.core.exit']).toBe('suspend');
		expect(api.values['cmi.core.lesson_status']).toBe('incomplete');
	});

	it('is null without an LMS', () => {
		expect(LmsConnection.open({}, '1.2')).toBeNull();
	});
});
