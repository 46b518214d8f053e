/**
 * SVG to PNG with resvg, fonts loaded from the project's own files so every machine renders
 * the same image, and provenance written into PNG tEXt chunks. One function, so a worker pool
 * can run it off the request thread.
 */
import { Resvg } from '@resvg/resvg-js';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import pngText from 'png-chunk-text';
import { FONT_FILES } from './fonts.ts';

export interface RasterOptions {
	/** Device pixels per SVG pixel. */
	readonly scale: number;
	/** tEXt chunks to write (keyword → text). */
	readonly text?: Readonly<Record<string, string>>;
}

const FONT_OPTIONS = { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3' };

export function svgToPng(svg: string, { scale, text = {} }: RasterOptions): Buffer {
	const png = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: FONT_OPTIONS,
		logLevel: 'off'
	})
		.render()
		.asPng();
	return withTextChunks(png, text);
}

/** Insert tEXt chunks (Latin-1 keywords and text, per the PNG spec) before IEND. */
export function withTextChunks(png: Uint8Array, text: Readonly<Record<string, string>>): Buffer {
	const chunks = extractChunks(png);
	const end = chunks.pop();
	for (const [k, v] of Object.entries(text)) {
		// tEXt is Latin-1: replace what it cannot hold rather than corrupt the file.
		chunks.push(pngText.encode(k, v.replace(/[^\u0020-\u00ff\n]/g, '?')));
	}
	if (end) chunks.push(end);
	return Buffer.from(encodeChunks(chunks));
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
