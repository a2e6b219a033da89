import { defineConfig } from '@playwright/test';

// E2E_PORT lets two work trees run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

// Debian's Chromium, never a downloaded browser; flags keep it quiet on a machine without internet.
export const chromiumLaunch = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	// Runs against the production build (`npm run build`): offline behaviour needs the real worker.
	webServer: {
		command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: 'fr-BE',
		serviceWorkers: 'allow',
		launchOptions: chromiumLaunch,
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'phone-360x740' },
		// Journeys marked @journey run on a larger phone too.
		{ name: 'phone-412x915', use: { viewport: { width: 412, height: 915 } }, grep: /@journey/ }
	]
});
