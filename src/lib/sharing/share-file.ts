/**
 * What the share panel offers for a pack: the link that carries it, or, when it is too long, the
 * pack's file to send or host. Pure work on text and bytes, so it can run in a Worker.
 */
import type { Pack } from '$lib/packs/schema';
import { inlineLink, type InlineLink } from './link-codec';
import { packText } from './pack-json';

/** The pack, or better its text when known (a string is cheap to hand to a Worker). */
export type ShareJob = { openUrl: string } & ({ pack: Pack } | { text: string });

export interface ShareFile {
	inline: InlineLink;
	/** The pack's JSON file, when it does not fit in a link. */
	file: Blob | null;
}

export async function makeShareFile(job: ShareJob): Promise<ShareFile> {
	const { openUrl } = job;
	const text = 'text' in job ? job.text : packText(job.pack);
	const inline = await inlineLink(openUrl, text);
	return {
		inline,
		file: inline.ok ? null : new Blob([text], { type: 'application/json' })
	};
}
