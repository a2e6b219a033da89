// Mode and pack come from the query string, and the questions from the device: built in the browser.
export const ssr = false;
