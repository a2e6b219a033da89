// Sessions and results live in IndexedDB, the session comes from the query string: built in the browser.
export const ssr = false;
