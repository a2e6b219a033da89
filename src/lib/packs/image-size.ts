/**
 * Dimensions of an embedded image read from its header, before anything decodes it: a 31 KB
 * one-bit PNG can claim 16,000 × 16,000 pixels and take 1.25 GB once shown. Covers the four raster
 * types a pack may embed (PNG, JPEG, WebP, GIF); only the first bytes of the base64 are decoded.
 */
export const IMAGE_LIMITS = {
	/** 16.7 megapixels (4096 × 4096): about 67 MB once decoded to RGBA. */
	maxPixels: 4096 * 4096,
	/** No side longer than this, whatever the other. */
	maxSide: 8192
} as const;

export interface ImageSize {
	width: number;
	height: number;
}

/** A JPEG's size marker may follow EXIF data; 64 KB of header is more than any real one needs. */
const HEADER_BYTES = 65_536;

function headerBytes(dataUri: string): Uint8Array | null {
	const comma = dataUri.indexOf(',');
	if (comma < 0) return null;
	// 4 base64 characters per 3 bytes; cut on a multiple of 4.
	const b64 = dataUri.slice(comma + 1, comma + 1 + Math.ceil(HEADER_BYTES / 3) * 4);
	try {
		const text = atob(b64.replace(/=+$/, '').slice(0, Math.floor(b64.length / 4) * 4));
		const bytes = new Uint8Array(text.length);
		for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
		return bytes;
	} catch {
		return null;
	}
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65_536 + u16be(b, i + 2);
const ascii = (b: Uint8Array, i: number, n: number) =>
	String.fromCharCode(...b.subarray(i, Math.min(i + n, b.length)));

function png(b: Uint8Array): ImageSize | null {
	if (b.length < 24 || b[0] !== 0x89 || ascii(b, 1, 3) !== 'PNG' || ascii(b, 12, 4) !== 'IHDR')
		return null;
	return { width: u32be(b, 16), height: u32be(b, 20) };
}

function gif(b: Uint8Array): ImageSize | null {
	if (b.length < 10 || ascii(b, 0, 4) !== 'GIF8') return null;
	return { width: u16le(b, 6), height: u16le(b, 8) };
}

function webp(b: Uint8Array): ImageSize | null {
	if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null;
	const chunk = ascii(b, 12, 4);
	if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
	if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
	if (chunk === 'VP8L') {
		const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
		return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
	}
	return null;
}

/** Start-of-frame markers (baseline, progressive, lossless…), not DHT/JPG/DAC. */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): ImageSize | null {
	if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
	let i = 2;
	while (i + 9 < b.length) {
		if (b[i] !== 0xff) return null;
		const marker = b[i + 1]!;
		if (marker === 0xff) {
			i++;
			continue;
		}
		if (isSof(marker)) return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
		if (marker === 0xd9 || marker === 0xda) return null;
		i += 2 + u16be(b, i + 2);
	}
	return null;
}

/** Width and height claimed by the image's header, or null when it cannot be read. */
export function imageSize(dataUri: string): ImageSize | null {
	const bytes = headerBytes(dataUri);
	if (!bytes) return null;
	return png(bytes) ?? gif(bytes) ?? webp(bytes) ?? jpeg(bytes);
}

export type ImageRefusal = 'unreadable' | 'too-many-pixels';

/** Why an embedded image may not be shown, or null when it fits the limits. */
export function imageRefusal(dataUri: string): ImageRefusal | null {
	const size = imageSize(dataUri);
	if (!size || size.width === 0 || size.height === 0) return 'unreadable';
	const { maxPixels, maxSide } = IMAGE_LIMITS;
	if (size.width > maxSide || size.height > maxSide || size.width * size.height > maxPixels)
		return 'too-many-pixels';
	return null;
}
