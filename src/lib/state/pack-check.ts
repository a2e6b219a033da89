/**
 * Runs pack parse jobs in a module Worker with a time limit: the screen stays responsive whatever
 * the pack holds, a job past the limit is stopped and refused, and the learner can cancel. One
 * Worker per job, ended after it, so the memory a pack took is given back at once. Without Worker
 * support (tests, old browsers) the job runs on this thread.
 */
import { issue } from '$lib/packs/issues';
import { runParseJob, type ParseJob, type ParseOutcome } from '$lib/sharing/open-request';

/** Parsing and validating the largest pack takes well under a second on a phone. */
export const PARSE_TIME_LIMIT_MS = 15_000;

export interface PackChecker {
	parse(job: ParseJob): Promise<ParseOutcome>;
	/** Stops the running job, if any; its promise resolves as refused. */
	cancel(): void;
}

export function packChecker(limitMs = PARSE_TIME_LIMIT_MS): PackChecker {
	let stop: (() => void) | null = null;
	return {
		parse(job) {
			if (typeof Worker === 'undefined') return runParseJob(job);
			stop?.();
			return new Promise<ParseOutcome>((resolve) => {
				const worker = new Worker(new URL('./pack-check.worker.ts', import.meta.url), {
					type: 'module'
				});
				const finish = (outcome: ParseOutcome) => {
					clearTimeout(timer);
					worker.terminate();
					stop = null;
					resolve(outcome);
				};
				const slow: ParseOutcome = { ok: false, kind: 'refused', reason: 'too-slow' };
				const timer = setTimeout(() => finish(slow), limitMs);
				stop = () => finish(slow);
				worker.onmessage = (event: MessageEvent<ParseOutcome>) => {
					// Reading the data copies a large pack in: that task ends before the screen renders
					// it, so neither makes one long task with the other.
					const outcome = event.data;
					setTimeout(() => finish(outcome), 0);
				};
				worker.onerror = (event) => {
					event.preventDefault();
					const message = (event.message || 'worker').slice(0, 200);
					finish({
						ok: false,
						kind: 'invalid',
						issues: [issue('', 'internal.error', { message })]
					});
				};
				const transfer = job.kind === 'bytes' ? [job.bytes.buffer] : [];
				worker.postMessage(job, transfer as Transferable[]);
			});
		},
		cancel() {
			stop?.();
		}
	};
}
