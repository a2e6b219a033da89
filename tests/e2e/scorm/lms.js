// A test LMS: scorm-again's runtime as window.API (1.2) or window.API_1484_11 (2004), the package in
// a frame, and a copy of the data model at each commit and at the end of the session.
// ?v=1.2|2004 picks the version; the hash holds initial values (flattened: {"cmi.suspend_data": …}).
(function () {
	const version = new URLSearchParams(location.search).get('v');
	const initial = location.hash ? JSON.parse(decodeURIComponent(location.hash.slice(1))) : {};
	const settings = { logLevel: 5, autocommit: false };
	const api =
		version === '1.2' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
	if (Object.keys(initial).length) api.loadFromFlattenedJSON(initial, '');
	const snapshot = () => JSON.parse(JSON.stringify(api.cmi));
	const lms = { version, commits: [], finished: null, initialized: 0 };
	window.lms = lms;
	const is12 = version === '1.2';
	api.on(is12 ? 'LMSInitialize' : 'Initialize', () => lms.initialized++);
	api.on(is12 ? 'LMSCommit' : 'Commit', () => lms.commits.push(snapshot()));
	api.on(is12 ? 'LMSFinish' : 'Terminate', () => (lms.finished = snapshot()));
	if (is12) window.API = api;
	else window.API_1484_11 = api;
	window.addEventListener('DOMContentLoaded', () => {
		document.getElementById('sco').src = 'pkg/index.html';
	});
})();
