/** Parses and validates one pack off the main thread: no pack can freeze the screen. */
import { runParseJob, type ParseJob } from '$lib/sharing/open-request';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<ParseJob>) => void) | null;
	postMessage(message: unknown): void;
};

scope.onmessage = async (event) => {
	scope.postMessage(await runParseJob(event.data));
};
