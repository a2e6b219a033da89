import type { Workbox } from 'workbox-window';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

type Saver = () => void | Promise<void>;

/** True the first time per browsing session (and whenever session storage is blocked too). */
function firstTimeThisSession(key: string): boolean {
	try {
		if (sessionStorage.getItem(key)) return false;
		sessionStorage.setItem(key, '1');
	} catch {
		// Blocked storage: saying it again is better than never.
	}
	return true;
}

/**
 * What the shell shows about the app as an installed, offline-capable PWA: connectivity, a waiting
 * update, installability. Registration goes through workbox-window so an update is applied only when
 * the learner agrees, after every open session has saved.
 */
class PwaState {
	online = $state(true);
	updateWaiting = $state(false);
	/** Another tab activated a new version: this page must reload before it loads new code. */
	reloadNeeded = $state(false);
	canInstall = $state(false);
	installed = $state(false);
	/** iOS Safari offers no install prompt: the screen shows a hint instead. */
	iosHint = $state(false);
	/** The browser refuses service workers (a policy, a private mode): said once, quietly. */
	offlineUnavailable = $state(false);

	#wb: Workbox | undefined;
	#lastCheck = 0;
	#installEvent: BeforeInstallPromptEvent | undefined;
	#savers = new Set<Saver>();
	#updating = false;

	/**
	 * A screen with work open (a play, a quiz, a draft) registers how to save it; the returned
	 * function unregisters it. While one is registered, an update never reloads without asking.
	 */
	beforeUpdate(save: Saver): () => void {
		this.#savers.add(save);
		return () => this.#savers.delete(save);
	}

	watchConnectivity(win: Window): void {
		this.online = win.navigator.onLine;
		win.addEventListener('online', () => (this.online = true));
		win.addEventListener('offline', () => (this.online = false));
	}

	watchInstall(win: Window): void {
		const standalone =
			win.matchMedia?.('(display-mode: standalone)').matches ||
			(win.navigator as Navigator & { standalone?: boolean }).standalone === true;
		this.installed = standalone;
		this.iosHint = !standalone && /iphone|ipad|ipod/i.test(win.navigator.userAgent);
		win.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#installEvent = event as BeforeInstallPromptEvent;
			this.canInstall = true;
		});
		win.addEventListener('appinstalled', () => {
			this.installed = true;
			this.canInstall = false;
			this.#installEvent = undefined;
		});
	}

	async install(): Promise<void> {
		const event = this.#installEvent;
		if (!event) return;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'accepted') this.canInstall = false;
		this.#installEvent = undefined;
	}

	/**
	 * Watches for a new worker taking control of this page, from the first moment (before the
	 * registration, which waits for the page to load): an update accepted in another tab then asks
	 * this one to reload instead of loading code that is gone. A page with nothing in progress (no
	 * play, quiz or draft open) reloads by itself, which loses nothing; one with work open asks, so
	 * the learner reloads when it suits. A page that loaded uncontrolled (first visit) sees its
	 * first takeover as the worker it registered itself, not as an update.
	 */
	watchController(container: ServiceWorkerContainer | undefined): void {
		if (!container) return;
		let controlled = !!container.controller;
		container.addEventListener('controllerchange', () => {
			if (this.#updating) return void window.location.reload();
			if (!controlled) {
				controlled = true;
				return;
			}
			this.updateWaiting = false;
			if (this.#savers.size === 0) return void window.location.reload();
			this.reloadNeeded = true;
		});
	}

	/** Registers the worker; where the browser refuses it, says so once and raises nothing. */
	async register(url: string, type: 'classic' | 'module'): Promise<void> {
		try {
			if (!('serviceWorker' in navigator) || !navigator.serviceWorker) throw new Error('no worker');
			const { Workbox } = await import('workbox-window');
			const wb = new Workbox(url, { type });
			wb.addEventListener('waiting', () => (this.updateWaiting = true));
			this.#wb = wb;
			if (!(await wb.register())) throw new Error('registration refused');
		} catch {
			this.#wb = undefined;
			this.offlineUnavailable = firstTimeThisSession('liaison.offline-note');
		}
	}

	/**
	 * Looks for a new release (an open app would otherwise never see one): when the page comes back
	 * to the foreground, at most once a minute, and every `everyMs` while it stays open.
	 */
	watchForReleases(win: Window, everyMs = 60 * 60_000): void {
		const check = () => {
			if (Date.now() - this.#lastCheck < 60_000) return;
			this.#lastCheck = Date.now();
			void this.#wb?.update().catch(() => {});
		};
		win.document.addEventListener('visibilitychange', () => {
			if (win.document.visibilityState === 'visible') check();
		});
		win.setInterval(check, everyMs);
	}

	/**
	 * Saves every open session, then lets the waiting worker take over and reloads once. With no
	 * worker left waiting (another tab took the update) it reloads straight away.
	 */
	async applyUpdate(): Promise<void> {
		if (this.#updating) return;
		this.#updating = true;
		for (const save of this.#savers) await save();
		const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
		if (this.#wb && registration?.waiting) this.#wb.messageSkipWaiting();
		else window.location.reload();
	}

	async reload(): Promise<void> {
		for (const save of this.#savers) await save();
		window.location.reload();
	}

	dismissUpdate(): void {
		this.updateWaiting = false;
	}

	dismissOfflineNote(): void {
		this.offlineUnavailable = false;
	}
}

export const pwa = new PwaState();
