/**
 * SVG to PNG with resvg, fonts loaded from the project's own files so every machine renders
 * the same image, and provenance written into PNG tEXt chunks.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import pngText from 'png-chunk-text';
import { FONT_FILES } from './fonts.ts';

/**
 * resvg's options for a figure at `scale`: the project's fonts only, never the system's
 * (`fontFiles`: the whole faces by default, or a figure's subsets, fonts.ts rasterFontFiles).
 */
export function resvgOptions(scale: number, fontFiles: readonly string[] = FONT_FILES): ResvgRenderOptions {
	return {
		fitTo: { mode: 'zoom', value: scale },
		font: {
			loadSystemFonts: false,
			fontFiles: [...fontFiles],
			defaultFontFamily: 'Source Sans 3',
			sansSerifFamily: 'Source Sans 3'
		},
		logLevel: 'off'
	};
}

export function svgToPng(svg: string, scale: number, text: Readonly<Record<string, string>>): Buffer {
	return withTextChunks(new Resvg(svg, resvgOptions(scale)).render().asPng(), text);
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
