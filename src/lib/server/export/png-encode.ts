/**
 * The PNG file of a drawn figure: resvg's pixels, deflated by zlib, with the figure's
 * provenance as tEXt chunks. No imports: the export's worker process runs encodePng's own
 * source (pool/raster.ts).
 */

/** How hard the PNG's pixels are compressed (zlib level): see encodePng. */
export const PNG_LEVEL = 2;

/** What encodePng needs of node:zlib, passed in so that the export's worker can run the same code. */
export interface PngZlib {
	deflateSync(data: Uint8Array, options: { level: number }): Uint8Array;
	crc32(data: Uint8Array): number;
}

/**
 * A PNG of resvg's RGBA pixels (premultiplied, as it draws them), with `text` as tEXt chunks
 * (Latin-1 keywords and text, per the PNG spec) before IEND.
 *
 * resvg's own encoder (asPng) tries every row filter at the default level: for a 2400x1350
 * figure it took as long as drawing it (about 40 ms). A figure is flat colour and text, which
 * deflate shrinks well without filtering: no filter at zlib level 2 is about four times
 * faster, and the file about as large (bench:export reports the sizes).
 *
 * Self-contained (no imports, no closures): the export's worker runs this function's source
 * (pool/raster.ts), so the server and the tests encode with the same code.
 */
export function encodePng(
	rgba: Uint8Array,
	width: number,
	height: number,
	text: Readonly<Record<string, string>>,
	level: number,
	zlib: PngZlib
): Uint8Array {
	const stride = width * 4;
	const raw = new Uint8Array((stride + 1) * height);
	// Filter type 0 (none) for every row: a zero byte, then the row.
	for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
	// PNG holds straight alpha; a figure is opaque (its background is drawn), so this rarely runs.
	for (let i = 3; i < rgba.length; i += 4) {
		const a = rgba[i] ?? 255;
		if (a === 255) continue;
		const o = Math.floor(i / stride) * (stride + 1) + 1 + (i % stride);
		for (let c = 3; c > 0; c--) raw[o - c] = a === 0 ? 0 : Math.min(255, Math.round(((rgba[i - c] ?? 0) * 255) / a));
	}
	const chunks: Uint8Array[] = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])];
	const chunk = (type: string, data: Uint8Array) => {
		const out = new Uint8Array(12 + data.length);
		const view = new DataView(out.buffer);
		view.setUint32(0, data.length);
		for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
		out.set(data, 8);
		view.setUint32(8 + data.length, zlib.crc32(out.subarray(4, 8 + data.length)) >>> 0);
		chunks.push(out);
	};
	const header = new Uint8Array(13);
	new DataView(header.buffer).setUint32(0, width);
	new DataView(header.buffer).setUint32(4, height);
	// 8 bits a channel, RGBA, deflate, adaptive filtering (each row says its own), not interlaced.
	header.set([8, 6, 0, 0, 0], 8);
	chunk('IHDR', header);
	chunk('IDAT', zlib.deflateSync(raw, { level }));
	for (const [k, v] of Object.entries(text)) {
		// tEXt is Latin-1: replace what it cannot hold rather than corrupt the file.
		const words = `${k}\0${v.replace(/[^\u0020-\u00ff\n]/g, '?')}`;
		chunk(
			'tEXt',
			Uint8Array.from(words, (ch) => ch.charCodeAt(0))
		);
	}
	chunk('IEND', new Uint8Array(0));
	const png = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		png.set(c, at);
		at += c.length;
	}
	return png;
}
