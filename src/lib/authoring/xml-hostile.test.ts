/** Hostile Moodle XML files: each is refused whole, quickly, with the reason and where. */
import { describe, expect, it } from 'vitest';
import { importMoodleXml } from './moodle-xml';

const refusal = (xml: string) => {
	const started = performance.now();
	const result = importMoodleXml(xml, { lang: 'fr' });
	return { ...result, ms: performance.now() - started };
};

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<quiz><question type="truefalse"><questiontext><text>&lol9;</text></questiontext></question></quiz>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><questiontext><text>&xxe;</text></questiontext></question></quiz>`;

describe('hostile Moodle XML files', () => {
	it.each([
		['billion laughs', LAUGHS, 'doctype', 2],
		['external entity (XXE)', XXE, 'doctype', 2],
		[
			'an undeclared entity',
			'<quiz><question><name><text>&xxe;</text></name></question></quiz>',
			'malformed',
			1
		],
		['deep nesting', `<quiz>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</quiz>`, 'depth', 1],
		['binary content', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'binary', 2],
		['not XML at all', 'Who is buried? {=Grant}', 'malformed', 1],
		['another XML document', '<html><body/></html>', 'malformed', 1]
	])('%s is refused whole, with its reason and line', (_, xml, code, line) => {
		const result = refusal(xml);
		expect(result.questions).toEqual([]);
		expect(result.skipped).toEqual([
			expect.objectContaining({ reason: 'file-refused', detail: code, line })
		]);
		expect(result.ms).toBeLessThan(2000);
	});

	it('a 50 MB file is refused on its size before any parsing', () => {
		const big = `<quiz>${' '.repeat(50 * 1024 * 1024)}</quiz>`;
		const result = refusal(big);
		expect(result.skipped).toEqual([
			expect.objectContaining({ reason: 'file-refused', detail: 'size' })
		]);
		expect(result.ms).toBeLessThan(2000);
	});

	it('no entity text ever reaches a question', () => {
		for (const xml of [LAUGHS, XXE]) expect(JSON.stringify(refusal(xml))).not.toMatch(/lol|root:/);
	});
});
