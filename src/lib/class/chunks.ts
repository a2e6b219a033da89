/**
 * A result too long for one readable QR code travels as a numbered sequence the instructor scans
 * in any order: `LR1.<id>.<index>.<count>.<piece>`, where <id> ties the parts of one result
 * together and is checked again on the joined whole.
 */
import { hash53 } from './format';

/** Characters per code: a version ≤ 25 code at low correction, readable from a phone screen. */
export const QR_PART_CHARS = 700;
export const MAX_PARTS = 40;
const PREFIX = 'LR1';
const PART = /^LR1\.([0-9a-f]{8})\.(\d{1,2})\.(\d{1,2})\.([A-Za-z0-9_.-]+)$/;

const idOf = (payload: string) => hash53(payload).slice(-8);

/** The texts to show as QR codes: the link itself when it fits one code, else numbered parts. */
export function qrTexts(link: string, payload: string, size = QR_PART_CHARS): string[] {
	if (link.length <= size) return [link];
	const count = Math.ceil(payload.length / size);
	const id = idOf(payload);
	return Array.from(
		{ length: count },
		(_, i) => `${PREFIX}.${id}.${i + 1}.${count}.${payload.slice(i * size, (i + 1) * size)}`
	);
}

export const isPart = (text: string) => text.startsWith(`${PREFIX}.`);

export type PartOutcome =
	| { status: 'part'; id: string; have: number; count: number; fresh: boolean }
	| { status: 'complete'; payload: string }
	| { status: 'invalid' };

/** Gathers scanned parts; a part seen twice is ignored, a sequence completes once. */
export class PartCollector {
	#sequences = new Map<string, { count: number; pieces: Map<number, string> }>();

	add(text: string): PartOutcome {
		const match = PART.exec(text.trim());
		if (!match) return { status: 'invalid' };
		const [, id, indexText, countText, piece] = match as unknown as [
			string,
			string,
			string,
			string,
			string
		];
		const index = Number(indexText);
		const count = Number(countText);
		if (count < 1 || count > MAX_PARTS || index < 1 || index > count) return { status: 'invalid' };
		let sequence = this.#sequences.get(id);
		if (!sequence) this.#sequences.set(id, (sequence = { count, pieces: new Map() }));
		if (sequence.count !== count) return { status: 'invalid' };
		const fresh = !sequence.pieces.has(index);
		sequence.pieces.set(index, piece);
		if (sequence.pieces.size < count) {
			return { status: 'part', id, have: sequence.pieces.size, count, fresh };
		}
		const payload = Array.from({ length: count }, (_, i) => sequence.pieces.get(i + 1)).join('');
		this.#sequences.delete(id);
		return idOf(payload) === id ? { status: 'complete', payload } : { status: 'invalid' };
	}

	/** Sequences begun and not complete: [parts scanned, parts in all]. */
	pending(): Array<{ id: string; have: number; count: number }> {
		return [...this.#sequences].map(([id, s]) => ({ id, have: s.pieces.size, count: s.count }));
	}
}
