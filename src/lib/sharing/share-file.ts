/**
 * What the share panel offers for a pack: the link that carries it, or, when it is too long, the
 * pack's file to send or host. Pure work on text and bytes, so it can run in a Worker.
 */
import type { Pack } from '$lib/packs/schema';
import { inlineLink, type InlineLink } from './link-codec';
import { packText } from './pack-json';

/**
 * The pack, or better its JSON as a Blob when known: a Blob is handed to a Worker by reference,
 * where a 3.8 MB pack or string took the page's thread 0.1-0.5 s to copy at 4× CPU slowdown.
 */
export type ShareJob = { openUrl: string } & ({ pack: Pack } | { body: Blob });

export interface ShareFile {
	inline: InlineLink;
	/** The pack's JSON file, when it does not fit in a link. */
	file: Blob | null;
}

export async function makeShareFile(job: ShareJob): Promise<ShareFile> {
	const { openUrl } = job;
	const pack = 'body' in job ? (JSON.parse(await job.body.text()) as Pack) : job.pack;
	const text = packText(pack);
	const inline = await inlineLink(openUrl, text);
	return {
		inline,
		file: inline.ok ? null : new Blob([text], { type: 'application/json' })
	};
}
