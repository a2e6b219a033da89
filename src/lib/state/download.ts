/** Offers a file to the browser's own save dialog or downloads bar. */
export function offerDownload(name: string, file: Blob): void {
	const url = URL.createObjectURL(file);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later: some browsers read the blob only after the click has returned.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
