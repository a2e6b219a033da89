/** A draft as a pack file: YAML (what authors read and diff) or JSON. */
import { dump } from 'js-yaml';
import type { Draft } from './templates';

export type ExportFormat = 'yaml' | 'json';

export function exportDraft(
	draft: Draft,
	format: ExportFormat
): { name: string; type: string; text: string } {
	const base =
		typeof draft.id === 'string' && /^[a-z0-9-]{1,64}$/.test(draft.id) ? draft.id : 'pack';
	if (format === 'json') {
		return {
			name: `${base}.json`,
			type: 'application/json',
			text: JSON.stringify(draft, null, 2) + '\n'
		};
	}
	// noRefs: never write anchors/aliases (each alias counts against the reader's limits).
	const text = dump(draft, { lineWidth: 100, noRefs: true, quotingType: "'" });
	return { name: `${base}.yaml`, type: 'application/yaml', text };
}
