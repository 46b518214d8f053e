/**
 * Pixels of a PNG file (as rsvg-convert writes them), for tests that compare renderings or
 * look for ink: decoded by resvg drawing the PNG as an image at its own size.
 */
import { Resvg } from '@resvg/resvg-js';

export interface Pixels {
	readonly width: number;
	readonly height: number;
	/** RGBA, row by row. */
	readonly data: Buffer;
}

export function pngPixels(png: Buffer): Pixels {
	// The IHDR chunk comes first: width and height are its first two 32-bit fields.
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
	return { width, height, data: new Resvg(wrapper, { font: { loadSystemFonts: false } }).render().pixels };
}
