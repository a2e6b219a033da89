/**
 * Live reads for the screens: Dexie's liveQuery re-runs the read whenever a table it read changes,
 * in this tab or another one, so the dashboard never needs a manual refresh.
 */
import { liveQuery } from 'dexie';
import { toProgressError, type ProgressErrorCode } from './errors';

/** Calls `next` with the read's result now and after every change; returns the unsubscribe. */
export function observe<T>(
	read: () => Promise<T>,
	next: (value: T) => void,
	error: (code: ProgressErrorCode) => void = () => {}
): () => void {
	const subscription = liveQuery(read).subscribe({
		next,
		error: (e: unknown) => error(toProgressError(e).code)
	});
	return () => subscription.unsubscribe();
}
