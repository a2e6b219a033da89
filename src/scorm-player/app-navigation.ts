// Stands in for SvelteKit's $app/navigation in the SCORM player, which has no routes: the shared link
// module imports it, but nothing in the player navigates (its links stay relative, see app-paths.ts).
export async function goto(): Promise<void> {}
