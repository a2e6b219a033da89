/**
 * A QR code as one SVG path, computed on the device (the `qr` package, no network). Loaded with
 * a dynamic import only when a QR code is shown.
 */
import encodeQR from 'qr';

export interface QrPath {
	/** Width and height in modules, quiet zone included. */
	size: number;
	/** `M x y h1 v1 h-1 z` squares for the dark modules. */
	d: string;
}

export function qrPath(text: string, border = 2): QrPath {
	// Low correction: the most data per module, which a screen-to-camera scan does not need.
	const matrix = encodeQR(text, 'raw', { ecc: 'low', border });
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	});
	return { size: matrix.length, d: parts.join('') };
}
