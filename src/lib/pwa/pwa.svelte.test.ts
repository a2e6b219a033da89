import { describe, expect, it, vi } from 'vitest';
import { pwa } from './pwa.svelte';

describe('pwa state', () => {
	it('follows the browser going offline and online', () => {
		const target = new EventTarget();
		const win = Object.assign(target, { navigator: { onLine: false } }) as unknown as Window;
		pwa.watchConnectivity(win);
		expect(pwa.online).toBe(false);
		target.dispatchEvent(new Event('online'));
		expect(pwa.online).toBe(true);
		target.dispatchEvent(new Event('offline'));
		expect(pwa.online).toBe(false);
	});

	it('runs every registered saver before reloading, and forgets unregistered ones', async () => {
		const calls: string[] = [];
		const reload = vi.fn();
		vi.stubGlobal('location', { reload });
		const stop = pwa.beforeUpdate(async () => void calls.push('quiz'));
		pwa.beforeUpdate(() => void calls.push('scenario'));
		const gone = pwa.beforeUpdate(() => void calls.push('closed'));
		gone();
		await pwa.reload();
		expect(calls).toEqual(['quiz', 'scenario']);
		expect(reload).toHaveBeenCalledOnce();
		stop();
		vi.unstubAllGlobals();
	});
});
