/**
 * The export fonts: Adobe's Source Sans 3 from the `source-sans` package, the same files for
 * the PNG (resvg loads them, never system fonts) and, subset to the glyphs a figure uses, for
 * the @font-face embedded in its SVG (subset-font, HarfBuzz's subsetter, run by the export's
 * worker processes: see pool/raster.ts).
 */
import { createRequire } from 'node:module';
import { subsetFonts } from '../pool/raster.ts';

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

const ALWAYS = ` !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz|–—·‘’“”…•→`;

/** The distinct characters of `text` and of ALWAYS, sorted: the key of a subset. */
export function glyphSet(text: string): string {
	return [...new Set(ALWAYS + text)].sort().join('');
}

// Subsetting to WOFF2 takes HarfBuzz and Brotli about a second a face, off the main thread:
// a set of glyphs is subset once and its rules kept, a few sets at a time (figures of one
// dataset share one).
const MAX_SETS = 16;
const subsets = new Map<string, Promise<string>>();

/** @font-face rules embedding each face, subset to the characters of `text` (as WOFF2). */
export function embeddedFontCss(text: string): Promise<string> {
	const chars = glyphSet(text);
	const hit = subsets.get(chars);
	if (hit) {
		subsets.delete(chars);
		subsets.set(chars, hit);
		return hit;
	}
	const made = subsetFaces(chars);
	subsets.set(chars, made);
	made.catch(() => subsets.delete(chars));
	if (subsets.size > MAX_SETS) subsets.delete(subsets.keys().next().value as string);
	return made;
}

async function subsetFaces(chars: string): Promise<string> {
	const subsets = await subsetFonts(FONT_FILES, chars);
	return FACES.map(
		(face, i) =>
			`@font-face{font-family:'Source Sans 3';font-style:${face.style};font-weight:${face.weight};` +
			`src:url(data:font/woff2;base64,${subsets[i]}) format('woff2')}`
	).join('');
}
