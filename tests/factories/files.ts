/** Test files for the pickers. */
import { vi } from 'vitest';
import { LIMITS } from '../../src/lib/packs/limits';

/** A small file that claims to be over the pack size limit, and records whether it was read. */
export function oversizedFile(name: string) {
	const file = new File(['{}'], name, { type: 'text/plain' });
	Object.defineProperty(file, 'size', { value: LIMITS.maxFileBytes + 1 });
	const read = vi.spyOn(file, 'text');
	return { file, read };
}
