/**
 * SVG to PNG with resvg, fonts loaded from the project's own files so every machine renders
 * the same image, and provenance written into PNG tEXt chunks (png-encode.ts).
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import zlib from 'node:zlib';
import extractChunks from 'png-chunks-extract';
import pngText from 'png-chunk-text';
import { FONT_FILES } from './fonts.ts';
import { encodePng, PNG_LEVEL } from './png-encode.ts';

/**
 * resvg's options for a figure at `scale`: the project's fonts only, never the system's (the
 * whole faces; a PNG's worker swaps in the figure's subsets, fonts.ts rasterFonts).
 */
export function resvgOptions(scale: number): ResvgRenderOptions {
	return {
		fitTo: { mode: 'zoom', value: scale },
		font: {
			loadSystemFonts: false,
			fontFiles: [...FONT_FILES],
			defaultFontFamily: 'Source Sans 3',
			sansSerifFamily: 'Source Sans 3'
		},
		logLevel: 'off'
	};
}

export function svgToPng(svg: string, scale: number, text: Readonly<Record<string, string>>): Buffer {
	const img = new Resvg(svg, resvgOptions(scale)).render();
	return Buffer.from(encodePng(img.pixels, img.width, img.height, text, PNG_LEVEL, zlib));
}

export function readTextChunks(png: Uint8Array): Record<string, string> {
	const out: Record<string, string> = {};
	for (const c of extractChunks(png)) {
		if (c.name === 'tEXt') {
			const { keyword, text } = pngText.decode(c.data);
			out[keyword] = text;
		}
	}
	return out;
}
