import type { HandleClientError } from '@sveltejs/kit';

/**
 * Unexpected errors only: a refused file, a full disk or a closed database are explained by the
 * screens themselves. These are bugs; they are logged for whoever debugs (nothing leaves the device)
 * and the learner sees the generic error page, without internals.
 */
export const handleError: HandleClientError = ({ error, event, status, message }) => {
	console.error(`Liaison: unexpected error (${status}) on ${event.url.pathname}`, error);
	return { message };
};
