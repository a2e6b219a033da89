import type { Workbox } from 'workbox-window';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

type Saver = () => void | Promise<void>;

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

	#wb: Workbox | undefined;
	#installEvent: BeforeInstallPromptEvent | undefined;
	#savers = new Set<Saver>();
	#updating = false;

	/** A play session registers how to save itself; the returned function unregisters it. */
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

	async register(url: string, type: 'classic' | 'module'): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox(url, { type });
		wb.addEventListener('waiting', () => (this.updateWaiting = true));
		wb.addEventListener('controlling', (event) => {
			// Reload once, only after the learner agreed; a takeover started from another tab asks first.
			if (this.#updating) window.location.reload();
			else if (event.isUpdate) this.reloadNeeded = true;
		});
		this.#wb = wb;
		await wb.register();
	}

	/** Saves every open session, then lets the waiting worker take over and reloads once. */
	async applyUpdate(): Promise<void> {
		const wb = this.#wb;
		if (!wb || this.#updating) return;
		this.#updating = true;
		for (const save of this.#savers) await save();
		wb.messageSkipWaiting();
	}

	async reload(): Promise<void> {
		for (const save of this.#savers) await save();
		window.location.reload();
	}

	dismissUpdate(): void {
		this.updateWaiting = false;
	}
}

export const pwa = new PwaState();
