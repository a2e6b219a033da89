import { describe, expect, it, vi } from 'vitest';
import { persistenceStatus, requestPersistence, storageEstimate } from './persistence';

describe('requestPersistence', () => {
	it('tolerates a missing API', async () => {
		expect(await requestPersistence(undefined)).toBe('unsupported');
		expect(await requestPersistence({})).toBe('unsupported');
	});

	it('asks only when not already persisted', async () => {
		const persist = vi.fn(async () => true);
		expect(await requestPersistence({ persisted: async () => true, persist })).toBe('granted');
		expect(persist).not.toHaveBeenCalled();
		expect(await requestPersistence({ persisted: async () => false, persist })).toBe('granted');
		expect(persist).toHaveBeenCalledOnce();
	});

	it('reports a refusal and survives a throwing API', async () => {
		expect(await requestPersistence({ persist: async () => false })).toBe('denied');
		expect(
			await requestPersistence({
				persist: async () => {
					throw new Error('nope');
				}
			})
		).toBe('unsupported');
	});
});

describe('storageEstimate', () => {
	it('returns usage and quota, or null without the API', async () => {
		expect(await storageEstimate({ estimate: async () => ({ usage: 10, quota: 100 }) })).toEqual({
			usage: 10,
			quota: 100
		});
		expect(await storageEstimate(undefined)).toBeNull();
		expect(await storageEstimate({ estimate: async () => ({}) })).toBeNull();
		expect(
			await storageEstimate({
				estimate: async () => {
					throw new Error('x');
				}
			})
		).toBeNull();
	});
});

describe('on first save', () => {
	it('asks for persistence once, when the first answer is saved', async () => {
		vi.resetModules();
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
		try {
			const { openTestDb, answerInput, T0 } = await import('../../../tests/factories/progress');
			const { recordAnswer } = await import('./answers');
			const { db, profileId } = await openTestDb();
			expect(persist).not.toHaveBeenCalled();
			await recordAnswer(db, answerInput(profileId, 'q1', true, T0));
			await recordAnswer(db, answerInput(profileId, 'q1', true, T0 + 1));
			expect(persist).toHaveBeenCalledOnce();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('persistenceStatus', () => {
	it('reads the status without asking for it', async () => {
		const persist = vi.fn(async () => true);
		expect(await persistenceStatus({ persisted: async () => false, persist })).toBe('denied');
		expect(await persistenceStatus({ persisted: async () => true, persist })).toBe('granted');
		expect(persist).not.toHaveBeenCalled();
		expect(await persistenceStatus(undefined)).toBe('unsupported');
		expect(
			await persistenceStatus({
				persisted: async () => {
					throw new Error('nope');
				}
			})
		).toBe('unsupported');
	});
});
