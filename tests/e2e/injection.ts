/** Checks that hostile pack content never runs or injects anything, for the security journeys. */
import { expect, type Page } from '@playwright/test';
import { FIRST_PAINT_SCRIPT } from '../../src/lib/i18n/first-paint.js';

/**
 * Anything in the whole document that could run code and is not the app's own: a script other than
 * SvelteKit's bootstrap, the app's modules and its first-paint script (exactly its text), a frame,
 * plugin or <base>, an on* attribute, a javascript: URL.
 */
function injectedAnywhere(firstPaint: string): string[] {
	const found: string[] = [];
	for (const el of document.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		if (tag === 'script') {
			const src = el.getAttribute('src');
			const own = src
				? new URL(src, location.href).origin === location.origin &&
					new URL(src, location.href).pathname.startsWith('/_app/')
				: (el.textContent ?? '').includes('__sveltekit_') || el.textContent === firstPaint;
			if (!own) found.push(el.outerHTML.slice(0, 120));
		}
		if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag)) {
			found.push(el.outerHTML.slice(0, 120));
		}
		if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') {
			found.push(el.outerHTML.slice(0, 120));
		}
		for (const attr of el.attributes) {
			// Browsers skip spaces and control characters in a URL's scheme.
			const value = [...attr.value]
				.filter((c) => c > ' ')
				.join('')
				.toLowerCase();
			if (attr.name.toLowerCase().startsWith('on') || /^(javascript|vbscript):/.test(value)) {
				found.push(`${tag}[${attr.name}="${attr.value.slice(0, 60)}"]`);
			}
		}
	}
	return found;
}

/** Records every dialog (alert, confirm…) the page opens; none may ever appear. */
export function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return dialogs;
}

export async function expectNothingInjected(
	page: Page,
	dialogs: string[],
	where = ''
): Promise<void> {
	expect(await page.evaluate(injectedAnywhere, FIRST_PAINT_SCRIPT), where).toEqual([]);
	const pwned = await page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: unknown }).__pwned,
		polluted: ({} as { polluted?: unknown }).polluted
	}));
	expect(pwned, where).toEqual({ pwned: undefined, polluted: undefined });
	expect(dialogs, where).toEqual([]);
}
