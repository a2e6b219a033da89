// Stands in for SvelteKit's $app/paths in the SCORM player, which has no routes: links stay relative.
export const base = '';
export const assets = '';
export function resolve(path: string): string {
	return path;
}
