// A test LMS: scorm-again's runtime as window.API (1.2) or window.API_1484_11 (2004), the package in
// a frame, and a copy of the data model at each commit and at the end of the session.
// ?v=1.2|2004 picks the version; ?init= holds initial values (flattened: {"cmi.suspend_data": …}).
(function () {
	/** @type {any} The page's globals: scorm-again's classes, and what the test reads back. */
	const w = window;
	const query = new URLSearchParams(location.search);
	const version = query.get('v');
	const initial = JSON.parse(query.get('init') || '{}');
	const settings = { logLevel: 5, autocommit: false };
	const api = version === '1.2' ? new w.Scorm12API(settings) : new w.Scorm2004API(settings);
	if (Object.keys(initial).length) api.loadFromFlattenedJSON(initial, '');
	const snapshot = () => JSON.parse(JSON.stringify(api.cmi));
	/** @type {{ version: string | null, commits: unknown[], finished: unknown, initialized: number }} */
	const lms = { version, commits: [], finished: null, initialized: 0 };
	w.lms = lms;
	const is12 = version === '1.2';
	api.on(is12 ? 'LMSInitialize' : 'Initialize', () => lms.initialized++);
	api.on(is12 ? 'LMSCommit' : 'Commit', () => lms.commits.push(snapshot()));
	api.on(is12 ? 'LMSFinish' : 'Terminate', () => (lms.finished = snapshot()));
	if (is12) w.API = api;
	else w.API_1484_11 = api;
	window.addEventListener('DOMContentLoaded', () => {
		const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('sco'));
		frame.src = 'pkg/index.html';
	});
})();
