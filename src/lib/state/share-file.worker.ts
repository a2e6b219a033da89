/** Makes a pack's share link or file off the main thread: a large pack costs the screen nothing. */
import { makeShareFile, type ShareJob } from '$lib/sharing/share-file';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<ShareJob>) => void) | null;
	postMessage(message: unknown): void;
};

scope.onmessage = async (event) => {
	scope.postMessage(await makeShareFile(event.data));
};
