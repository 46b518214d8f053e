/**
 * The export fonts: Adobe's Source Sans 3 from the `source-sans` package, the same files for
 * the PNG (resvg loads them, never system fonts) and, subset to the glyphs a figure uses, for
 * the @font-face embedded in its SVG (subset-font, HarfBuzz's subsetter).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

interface Face {
	weight: number;
	style: 'normal' | 'italic';
	file: string;
}

const FACES: Face[] = [
	{ weight: 400, style: 'normal', file: 'source-sans/TTF/SourceSans3-Regular.ttf' },
	{ weight: 600, style: 'normal', file: 'source-sans/TTF/SourceSans3-Semibold.ttf' },
	{ weight: 400, style: 'italic', file: 'source-sans/TTF/SourceSans3-It.ttf' }
];

export const FONT_FILES: readonly string[] = FACES.map((f) => require.resolve(f.file));

let buffers: Buffer[] | undefined;
function faceBuffers(): Buffer[] {
	buffers ??= FONT_FILES.map((p) => readFileSync(p));
	return buffers;
}

/** @font-face rules embedding each face, subset to the characters of `text` (as WOFF2). */
export async function embeddedFontCss(text: string): Promise<string> {
	// Digits, basic punctuation and the space always come along: cheap, and safe for edits.
	const chars = [...new Set(`${text}0123456789 .,-–$%()`)].join('');
	const rules = await Promise.all(
		faceBuffers().map(async (buf, i) => {
			const face = FACES[i] as Face;
			const subset = await subsetFont(buf, chars, { targetFormat: 'woff2' });
			return (
				`@font-face{font-family:'Source Sans 3';font-style:${face.style};font-weight:${face.weight};` +
				`src:url(data:font/woff2;base64,${subset.toString('base64')}) format('woff2')}`
			);
		})
	);
	return rules.join('');
}
