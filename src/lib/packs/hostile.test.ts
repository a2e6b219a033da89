/** Issue 21: hostile texts, lists and images are refused quickly, never with an internal error. */
import { describe, expect, it } from 'vitest';
import {
	HOSTILE_TEXTS,
	HUGE_PNG,
	MARKER_LIMIT_TEXT,
	SLIPPED_TEXTS,
	gifClaiming,
	packAtMarkerLimit,
	packWithLongList,
	packWithText,
	pngClaiming
} from '../../../tests/factories/hostile.ts';
import { makePack } from '../../../tests/factories/packs.ts';
import { IMAGE_LIMITS, imageRefusal, imageSize } from './image-size.ts';
import { markdownExcess } from './markdown-limits.ts';
import { parsePackText } from './parse.ts';
import { validatePack } from './validate.ts';

const codesOf = (input: unknown) => {
	const result = validatePack(input);
	return result.ok ? [] : result.issues.map((i) => i.code);
};

/**
 * CPU time of `run` in ms: the work it did, not how long it waited for a core on a shared machine
 * (wall time there swells with other builds and failed these bounds for no fault of the checker).
 */
function timed<T>(run: () => T): [T, number] {
	const start = process.cpuUsage();
	const value = run();
	const used = process.cpuUsage(start);
	return [value, (used.user + used.system) / 1000];
}

describe('hostile Markdown', () => {
	it.each(Object.entries(HOSTILE_TEXTS))('refuses %s quickly with a limit code', (_, text) => {
		const [codes, ms] = timed(() => codesOf(packWithText(text)));
		expect(codes.some((c) => c === 'md.too-many-markers' || c === 'md.too-deep')).toBe(true);
		expect(codes).not.toContain('internal.error');
		expect(ms).toBeLessThan(500);
	});

	it.each([
		['entityLink', 'md.link'],
		['referenceImage', 'md.image'],
		['tagWithLt', 'md.html']
	] as const)('catches %s, which the old patterns let through', (name, code) => {
		expect(codesOf(packWithText(SLIPPED_TEXTS[name]))).toContain(code);
	});

	// Its bound is on the work done; the test's own time limit leaves room for a loaded machine.
	it(
		'checks a 4 MB pack of texts at the marker limit in well under a second of work',
		{ timeout: 60_000 },
		() => {
			expect(markdownExcess(MARKER_LIMIT_TEXT)).toBeNull();
			const json = JSON.stringify(packAtMarkerLimit());
			expect(json.length).toBeGreaterThan(3_500_000);
			const [result, ms] = timed(() => parsePackText(json, 'big.json'));
			expect(result.ok).toBe(true);
			// About 0.9 s of work; the bound only catches a return of quadratic checks (minutes).
			expect(ms).toBeLessThan(15_000);
		}
	);

	it('keeps ordinary nesting and markup', () => {
		expect(markdownExcess('> quote\n> > nested\n\n- a\n  - b\n    1. c')).toBeNull();
		expect(markdownExcess('**bold** and _it_ and `code` and [l](https://x.be)')).toBeNull();
	});
});

describe('hostile lists', () => {
	it('refuses a 499,000-item list by name, not as an internal error', () => {
		const [result, ms] = timed(() =>
			parsePackText(JSON.stringify(packWithLongList()), 'list.json')
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			expect.objectContaining({ code: 'input.too-long', path: 'topics' })
		]);
		expect(ms).toBeLessThan(1_000);
	});
});

describe('image headers', () => {
	it('reads the size claimed by PNG and GIF headers', () => {
		expect(imageSize(pngClaiming(300, 200))).toEqual({ width: 300, height: 200 });
		expect(imageSize(gifClaiming(64, 32))).toEqual({ width: 64, height: 32 });
	});

	it('reads WebP and JPEG headers', () => {
		// VP8X: canvas 640 × 480 (stored minus one, 24-bit little-endian).
		const webp = new Uint8Array(30);
		webp.set(
			[...'RIFF'].map((c) => c.charCodeAt(0)),
			0
		);
		webp.set(
			[...'WEBPVP8X'].map((c) => c.charCodeAt(0)),
			8
		);
		webp.set([639 & 255, 639 >> 8, 0, 479 & 255, 479 >> 8, 0], 24);
		const jpeg = new Uint8Array([
			...[0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0],
			...[0xff, 0xc0, 0, 11, 8, 0x0f, 0xa0, 0x1f, 0x40, 1, 0, 0, 0]
		]);
		const uri = (type: string, b: Uint8Array) =>
			`data:image/${type};base64,${btoa(String.fromCharCode(...b))}`;
		expect(imageSize(uri('webp', webp))).toEqual({ width: 640, height: 480 });
		expect(imageSize(uri('jpeg', jpeg))).toEqual({ width: 8000, height: 4000 });
		expect(imageRefusal(uri('jpeg', jpeg))).toBe('too-many-pixels');
	});

	it('refuses the 16,000 × 16,000 PNG and unreadable images, keeps small ones', () => {
		expect(imageRefusal(HUGE_PNG)).toBe('too-many-pixels');
		expect(imageRefusal(pngClaiming(4096, 4096))).toBeNull();
		expect(imageRefusal(pngClaiming(IMAGE_LIMITS.maxSide + 1, 1))).toBe('too-many-pixels');
		expect(imageRefusal('data:image/png;base64,AAAA')).toBe('unreadable');
		expect(codesOf(makePack({ assets: { big: HUGE_PNG } }))).toContain('asset.too-many-pixels');
	});
});
