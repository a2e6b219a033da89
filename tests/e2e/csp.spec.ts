import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { screens } from './helpers';
import { tourEveryScreen } from './tour';

/** Directives that govern scripts and styles; none may allow inline code or eval. */
const GOVERNED = [
	'default-src',
	'script-src',
	'script-src-elem',
	'script-src-attr',
	'style-src',
	'style-src-elem',
	'style-src-attr'
];

function policyOf(content: string): Map<string, string[]> {
	const policy = new Map<string, string[]>();
	for (const part of content.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/**
 * Collects every CSP violation the page reports, across navigations: the `securitypolicyviolation`
 * event (scripts, style elements and attributes alike) and the console error the browser logs.
 */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __cspViolation: (text: string) => void })
				.__cspViolation;
			report(`${e.violatedDirective} blocked ${e.blockedURI} at ${location.pathname}: ${e.sample}`);
		});
	});
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

test('every prerendered page carries a strict policy: no inline code, no eval', async ({
	page
}) => {
	for (const screen of [...screens, { path: '/play' }, { path: '/open' }, { path: '/nl/open' }]) {
		await page.goto(screen.path);
		const content = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(content, screen.path).toBeTruthy();
		const policy = policyOf(content!);
		expect(policy.get('script-src'), screen.path).toContain("'self'");
		expect(policy.get('style-src'), screen.path).toContain("'self'");
		expect(policy.get('object-src'), screen.path).toEqual(["'none'"]);
		// Every inline script (SvelteKit's and the first-paint one) is allowed by its exact hash.
		const inline = await page
			.locator('script:not([src])')
			.evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
		expect(inline.length, screen.path).toBeGreaterThan(0);
		for (const text of inline) {
			const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
			expect(policy.get('script-src'), `${screen.path}: ${text.slice(0, 60)}`).toContain(hash);
		}
		for (const name of GOVERNED) {
			const sources = policy.get(name) ?? [];
			expect(sources, `${screen.path} ${name}`).not.toContain("'unsafe-inline'");
			expect(sources, `${screen.path} ${name}`).not.toContain("'unsafe-eval'");
		}
	}
});

test('no screen breaks the policy: scenario, quiz, progress, settings, authoring, a shared pack', async ({
	page
}) => {
	test.slow();
	const violations = await watchViolations(page);
	await tourEveryScreen(page);
	// Reported by queued tasks: once the page is idle (a frame painted, no task left), all have run.
	await page.evaluate(
		() => new Promise((idle) => requestAnimationFrame(() => requestIdleCallback(() => idle(null))))
	);
	expect(violations).toEqual([]);
});
