/**
 * Files the page hands to the browser to download (a blob URL on an `<a download>` it clicks), caught
 * in jsdom, which downloads nothing. Call it in `beforeEach`; restore mocks after each test.
 */
import { expect, vi } from 'vitest';

export interface Download {
	name: string;
	text: string;
	blob: Blob;
}

/** Starts catching downloads; returns the list they are added to, each as its name, text and blob. */
export function catchDownloads(): Download[] {
	const downloads: Download[] = [];
	const blobs = new Map<string, Blob>();
	URL.createObjectURL = (blob: Blob) => {
		const url = `blob:test-${blobs.size}`;
		blobs.set(url, blob);
		return url;
	};
	URL.revokeObjectURL = () => {};
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		const blob = blobs.get(this.href)!;
		void blob.text().then((text) => downloads.push({ name: this.download, text, blob }));
	});
	return downloads;
}

/** Waits until `count` files were downloaded; returns the last. */
export async function downloaded(downloads: Download[], count = 1): Promise<Download> {
	await vi.waitFor(() => expect(downloads).toHaveLength(count), { timeout: 10_000 });
	return downloads[count - 1]!;
}
