import { describe, expect, it } from 'vitest';
import { checkPackUrl, fileNameOf } from './url-policy';

const APP = 'http://127.0.0.1:4173';

describe('checkPackUrl', () => {
	it('accepts https anywhere and the app origin even over http', () => {
		expect(checkPackUrl('https://packs.example/a/b.yaml', APP).ok).toBe(true);
		expect(checkPackUrl(' https://packs.example/b.json ', APP).ok).toBe(true);
		expect(checkPackUrl(`${APP}/packs/x.yaml`, APP).ok).toBe(true);
	});

	it.each([
		['http://packs.example/p.yaml', 'not-https'],
		['http://127.0.0.1:9999/p.yaml', 'not-https'],
		['javascript:alert(1)', 'scheme'],
		['JAVASCRIPT:alert(1)', 'scheme'],
		['data:text/yaml,format: 1', 'scheme'],
		['file:///etc/passwd', 'scheme'],
		['ftp://packs.example/p.yaml', 'scheme'],
		['blob:https://packs.example/1234', 'scheme'],
		['https://user:secret@packs.example/p.yaml', 'credentials'],
		['https://evil.example@packs.example/p.yaml', 'credentials'],
		['/relative/p.yaml', 'invalid'],
		['not a url', 'invalid'],
		['', 'invalid'],
		[`https://packs.example/${'a'.repeat(3000)}`, 'too-long']
	])('refuses %s (%s)', (url, reason) => {
		expect(checkPackUrl(url, APP)).toEqual({ ok: false, reason });
	});
});

describe('fileNameOf', () => {
	it('takes the last path segment, decoded, or the host', () => {
		expect(fileNameOf(new URL('https://x.example/packs/plan%20r.yaml?x=1'))).toBe('plan r.yaml');
		expect(fileNameOf(new URL('https://x.example/'))).toBe('x.example');
		expect(fileNameOf(new URL('https://x.example/%E0%A4%A'))).toBe('%E0%A4%A');
	});
});
