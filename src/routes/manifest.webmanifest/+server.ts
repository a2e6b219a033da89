import frCommon from '$locales/fr/common.json';

// Prerendered at build time; the manifest speaks the default language (French).
export const prerender = true;

export function GET(): Response {
	const manifest = {
		name: frCommon.app.name,
		short_name: frCommon.app.name,
		description: frCommon.app.description,
		lang: 'fr',
		id: '/',
		// The French home; a Dutch reader's first paint is already /nl (src/lib/i18n/first-paint.js moves
		// them before it, online or from the worker's precache, which holds both languages' pages).
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'portrait',
		background_color: '#1d3557',
		theme_color: '#1d3557',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
		]
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'content-type': 'application/manifest+json' }
	});
}
