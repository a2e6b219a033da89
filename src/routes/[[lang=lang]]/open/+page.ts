// The pack comes from the address (query or fragment) or from the learner: built in the browser.
export const ssr = false;
