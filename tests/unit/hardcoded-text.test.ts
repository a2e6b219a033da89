import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every word the learner sees comes from locales/: markup may hold only expressions, not prose.
function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

/** Blanks out `{…}` expressions, nested braces included, so what is left is literal markup. */
function withoutExpressions(markup: string): string {
	let depth = 0;
	let out = '';
	for (const char of markup) {
		if (char === '{') depth++;
		if (depth === 0) out += char;
		if (char === '}' && depth > 0) depth--;
	}
	return out;
}

function hardcodedText(source: string): string[] {
	const markup = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	const found: string[] = [];
	// Attributes people read: a literal value must be empty or an expression.
	for (const m of withoutExpressions(markup).matchAll(
		/\b(aria-label|alt|title|placeholder|aria-description)="([^"{]+)"/g
	)) {
		found.push(`${m[1]}="${m[2]}"`);
	}
	const text = withoutExpressions(markup).replace(/<[^>]*>/g, ' ');
	for (const m of text.matchAll(/\p{L}[\p{L}\s'’.,!?:;-]*/gu)) found.push(m[0].trim());
	return found;
}

describe('UI text lives in locales/', () => {
	it('finds literal prose in a sample', () => {
		expect(hardcodedText('<p>Bonjour {name}</p><img alt="Logo" />')).toEqual([
			'alt="Logo"',
			'Bonjour'
		]);
		expect(hardcodedText('<p>{t("a")}</p><img alt="" />')).toEqual([]);
	});

	for (const file of svelteFiles('src')) {
		it(`${file} has no literal text`, () => {
			expect(hardcodedText(readFileSync(file, 'utf8'))).toEqual([]);
		});
	}
});
