/**
 * A fake camera for Chromium: a Y4M video (text header, then raw YUV 4:2:0 frames) showing one QR
 * code, written by a few lines of Node so CI needs no ffmpeg. Chromium reads the file when the
 * page starts the camera, so it can be written after the browser was launched.
 */
import { writeFileSync } from 'node:fs';
import encodeQR from 'qr';

const W = 640;
const H = 480;

export function writeQrVideo(path: string, text: string, frames = 4): void {
	const matrix = encodeQR(text, 'raw', { ecc: 'low', border: 4 });
	const n = matrix.length;
	const scale = Math.max(1, Math.floor((H - 20) / n));
	const left = Math.floor((W - n * scale) / 2);
	const top = Math.floor((H - n * scale) / 2);
	const luma = Buffer.alloc(W * H, 255);
	for (let y = 0; y < n * scale; y++) {
		for (let x = 0; x < n * scale; x++) {
			if (matrix[Math.floor(y / scale)]![Math.floor(x / scale)]) {
				luma[(top + y) * W + left + x] = 0;
			}
		}
	}
	const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`);
	writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
