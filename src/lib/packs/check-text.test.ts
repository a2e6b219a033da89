import { describe, expect, it } from 'vitest';
import { makePack } from '../../../tests/factories/packs.ts';
import { checkMarkdown } from './check-text.ts';
import { createContext } from './context.ts';
import { validatePack } from './validate.ts';

function codes(text: string): string[] {
	const result = validatePack(
		makePack({
			assets: {
				map: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABAQAAAAA3bvkkAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=='
			}
		})
	);
	if (!result.ok) throw new Error('factory pack must be valid');
	const ctx = createContext(result.pack, [], []);
	checkMarkdown(ctx, text, ['t']);
	return ctx.issues.map((i) => i.code);
}

describe('checkMarkdown', () => {
	it.each([
		'Plain text, with a colon: and 10:30, and a < b > c.',
		'**Bold**, *italic*, [VSSE](https://www.vsse.be/fr) and <https://www.sgrs.be/>.',
		'- a list\n- [ref][1]\n\n[1]: https://example.org/page',
		'A picture from the pack: ![Carte](asset:map)',
		'The word http alone is fine.'
	])('accepts %j', (text) => {
		expect(codes(text)).toEqual([]);
	});

	it.each([
		['<b>bold</b>', 'md.html'],
		['<!-- hidden -->', 'md.html'],
		['<img src=x onerror=alert(1)>', 'md.html'],
		['[x](http://example.org)', 'md.link'],
		['[x]( javascript:alert(1) )', 'md.link'],
		['[x]: ftp://example.org', 'md.link'],
		['<http://example.org>', 'md.link'],
		['see http://example.org', 'md.link'],
		['[x](data:text/html;base64,PHNjcmlwdD4=)', 'md.link'],
		['![x](https://example.org/a.png)', 'md.image'],
		['![x](asset:nope)', 'ref.asset']
	])('refuses %j with %s', (text, code) => {
		expect(codes(text)).toContain(code);
	});
});
