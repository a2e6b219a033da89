/**
 * Bundled for the page by tests/bench/browser.ts: the class debrief's decoding, checks and class
 * view, timed from inside the page so the figures exclude the test driver.
 */
import { buildClassView, checkAgainstSession, decodeResult, type ClassResult } from '$lib/class';
import type { ClassSession } from '$lib/class/session';
import type { Pack } from '$lib/packs/schema';

let pack: Pack;
let session: ClassSession;
let payloads: string[] = [];
let results: ClassResult[] = [];

export async function setup(p: Pack, s: ClassSession, encoded: string[]): Promise<number> {
	pack = p;
	session = s;
	payloads = encoded;
	results = [];
	const known = new Set<string>();
	for (const payload of payloads) {
		const decoded = await decodeResult(payload);
		if (!decoded.ok) throw new Error(`bench result refused: ${decoded.reason}`);
		const refusal = checkAgainstSession(decoded.result, session, pack, known);
		if (refusal) throw new Error(`bench result refused: ${refusal}`);
		known.add(decoded.result.checksum);
		results.push(decoded.result);
	}
	return results.length;
}

/** Building the class view from every collected result, `runs` times. */
export function classView(runs: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const view = buildClassView(pack, session, results);
		if (view.count !== results.length) throw new Error('class view lost results');
		out.push(performance.now() - start);
	}
	return out;
}

/** Decoding and checking one result (as a scan or a file arrives), once per result. */
export async function decodeOne(): Promise<number[]> {
	const out: number[] = [];
	for (const payload of payloads) {
		const start = performance.now();
		const decoded = await decodeResult(payload);
		if (decoded.ok) checkAgainstSession(decoded.result, session, pack, new Set());
		out.push(performance.now() - start);
	}
	return out;
}
