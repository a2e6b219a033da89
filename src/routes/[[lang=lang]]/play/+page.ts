// The pack and scenario come from the query string: the page is built in the browser.
export const ssr = false;
