// The draft comes from the query string and from IndexedDB: the page is built in the browser.
export const ssr = false;
