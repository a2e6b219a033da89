// Every screen is prerendered so the service worker can precache it and the app opens offline.
export const prerender = true;
export const trailingSlash = 'never';
