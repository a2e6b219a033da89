import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pwa } from './pwa.svelte';

const update = vi.fn(async () => {});
let registered: unknown = {};
vi.mock('workbox-window', () => ({
	Workbox: class {
		addEventListener() {}
		register = async () => registered;
		update = update;
		messageSkipWaiting = vi.fn();
	}
}));

/** A service worker container as the browser has it: events, a controller, a registration. */
function container(controlled: boolean, waiting: boolean) {
	const target = new EventTarget();
	return Object.assign(target, {
		controller: controlled ? {} : null,
		getRegistration: async () => ({ waiting: waiting ? {} : null })
	}) as unknown as ServiceWorkerContainer;
}

const reload = vi.fn();
beforeEach(() => {
	vi.stubGlobal('location', { reload });
	pwa.reloadNeeded = false;
	pwa.updateWaiting = false;
	pwa.offlineUnavailable = false;
	sessionStorage.clear();
	registered = {};
});
afterEach(() => {
	vi.unstubAllGlobals();
	reload.mockClear();
	update.mockClear();
});

describe('updates reaching every tab', () => {
	it('asks a first-visit tab to reload when a later worker takes over, not for its own first one', () => {
		const sw = container(false, false);
		const stop = pwa.beforeUpdate(() => {});
		pwa.watchController(sw);
		sw.dispatchEvent(new Event('controllerchange'));
		expect(pwa.reloadNeeded).toBe(false);
		pwa.updateWaiting = true;
		sw.dispatchEvent(new Event('controllerchange'));
		expect(pwa.reloadNeeded).toBe(true);
		// The "new version" offer is gone: there is nothing left to apply.
		expect(pwa.updateWaiting).toBe(false);
		expect(reload).not.toHaveBeenCalled();
		stop();
	});

	it('asks a tab that was already controlled at once, while a session is open in it', () => {
		const sw = container(true, false);
		const stop = pwa.beforeUpdate(() => {});
		pwa.watchController(sw);
		sw.dispatchEvent(new Event('controllerchange'));
		expect(pwa.reloadNeeded).toBe(true);
		expect(reload).not.toHaveBeenCalled();
		stop();
	});

	it('reloads a tab with nothing in progress by itself, without asking', () => {
		const sw = container(true, false);
		pwa.beforeUpdate(() => {})(); // a session that was open, then closed
		pwa.watchController(sw);
		pwa.updateWaiting = true;
		sw.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledOnce();
		expect(pwa.reloadNeeded).toBe(false);
		expect(pwa.updateWaiting).toBe(false);
	});

	it('reloads a first-visit tab with nothing in progress on the takeover after its own', () => {
		const sw = container(false, false);
		pwa.watchController(sw);
		sw.dispatchEvent(new Event('controllerchange'));
		expect(reload).not.toHaveBeenCalled();
		sw.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledOnce();
		expect(pwa.reloadNeeded).toBe(false);
	});

	it('reloads when "update" has nothing left to apply', async () => {
		vi.stubGlobal('navigator', { serviceWorker: container(true, false) });
		await pwa.applyUpdate();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('says once, quietly, that offline use is unavailable where workers are refused', async () => {
		vi.stubGlobal('navigator', {});
		await expect(pwa.register('/service-worker.js', 'classic')).resolves.toBeUndefined();
		expect(pwa.offlineUnavailable).toBe(true);
		pwa.dismissOfflineNote();
		await pwa.register('/service-worker.js', 'classic');
		expect(pwa.offlineUnavailable).toBe(false);

		// A browser that has the API but refuses the registration (Workbox then gets nothing).
		sessionStorage.clear();
		registered = undefined;
		vi.stubGlobal('navigator', { serviceWorker: container(false, false) });
		await expect(pwa.register('/service-worker.js', 'classic')).resolves.toBeUndefined();
		expect(pwa.offlineUnavailable).toBe(true);
	});

	it('looks for a new release when the app comes back to the foreground and at an interval', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('navigator', { serviceWorker: container(true, false) });
		await pwa.register('/service-worker.js', 'classic');
		pwa.watchForReleases(window, 30 * 60_000);
		Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
		expect(update).toHaveBeenCalledTimes(1);
		// At most once a minute from the foreground…
		document.dispatchEvent(new Event('visibilitychange'));
		expect(update).toHaveBeenCalledTimes(1);
		// …and on the interval while it stays open.
		vi.advanceTimersByTime(30 * 60_000);
		expect(update).toHaveBeenCalledTimes(2);
		vi.useRealTimers();
	});
});
