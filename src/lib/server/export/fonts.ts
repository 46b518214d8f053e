/**
 * The export fonts: Adobe's Source Sans 3 from the `source-sans` package, subset to the glyphs
 * a figure can use (subset-font, HarfBuzz's subsetter, run by the export's worker processes:
 * see pool/raster.ts): as WOFF2 for the @font-face embedded in its SVG, and as TrueType files
 * for resvg to draw its PNG with (never system fonts).
 */
import { createHash } from 'node:crypto';
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

/**
 * The distinct characters of `text` and of ALWAYS, sorted by UTF-16 code unit (as
 * Array.prototype.sort orders strings): the key of a subset. A figure's text includes its
 * view as JSON (render.ts), so this runs over tens of kilobytes for every export: a table of
 * seen code units is several times faster than a Set of characters.
 */
export function glyphSet(text: string): string {
	const seen = new Uint8Array(0x10000);
	const astral = new Set<string>();
	for (const s of [ALWAYS, text]) {
		for (let i = 0; i < s.length; i++) {
			const c = s.charCodeAt(i);
			const next = s.charCodeAt(i + 1);
			if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
				astral.add(s.slice(i, i + 2));
				i++;
			} else seen[c] = 1;
		}
	}
	let out = '';
	for (let c = 0; c < 0xd800; c++) if (seen[c]) out += String.fromCharCode(c);
	out += [...astral].sort().join('');
	for (let c = 0xd800; c < 0x10000; c++) if (seen[c]) out += String.fromCharCode(c);
	return out;
}

// Subsetting takes HarfBuzz (and Brotli, for WOFF2) about a second a face, off the main
// thread: a set of glyphs is subset once and the result kept, a few sets at a time (figures
// of one dataset share one).
const MAX_SETS = 16;
const subsets = new Map<string, Promise<string>>();
const rasterSets = new Map<string, Promise<RasterFonts>>();

/** The value made for `key`, or `make`'s, kept among the most recently used MAX_SETS. */
function kept<T>(map: Map<string, Promise<T>>, key: string, make: (key: string) => Promise<T>): Promise<T> {
	const hit = map.get(key);
	if (hit) {
		map.delete(key);
		map.set(key, hit);
		return hit;
	}
	const made = make(key);
	map.set(key, made);
	made.catch(() => map.delete(key));
	if (map.size > MAX_SETS) {
		map.delete(map.keys().next().value as string);
	}
	return made;
}

/** @font-face rules embedding each face, subset to the characters of `text` (as WOFF2). */
export function embeddedFontCss(text: string): Promise<string> {
	return kept(subsets, glyphSet(text), subsetFaces);
}

async function subsetFaces(chars: string): Promise<string> {
	const subsets = await subsetFonts(FONT_FILES, chars, { targetFormat: 'woff2' });
	return FACES.map(
		(face, i) =>
			`@font-face{font-family:'Source Sans 3';font-style:${face.style};font-weight:${face.weight};` +
			`src:url(data:font/woff2;base64,${subsets[i]}) format('woff2')}`
	).join('');
}

/** A figure's fonts for resvg: each face subset to a set of glyphs (TrueType), named by that set. */
export interface RasterFonts {
	/** Names the set of glyphs: the worker writes these faces to files once per key. */
	readonly key: string;
	readonly faces: readonly Uint8Array[];
}

/**
 * The fonts resvg draws a PNG with: each face subset (as TrueType) to the characters of
 * `text`, made once per set of glyphs. resvg reads a font file again for every glyph it lays
 * out, so a file of the hundred-odd glyphs a figure can use instead of Source Sans 3's two
 * thousand takes a third of a PNG's drawing time away. resvg reads fonts only from files: the
 * worker process that draws writes them to its own temporary folder, which goes when that
 * process ends (pool/raster.ts); this process writes none, so a server or a test run that is
 * killed leaves nothing behind.
 */
export function rasterFonts(text: string): Promise<RasterFonts> {
	return kept(rasterSets, glyphSet(text), async (chars) => {
		// resvg finds a face by its typographic family and weight (name IDs 16 and 17:
		// "Source Sans 3", "Semibold"), which the subsetter drops unless told; it uses no
		// hinting, so none is kept.
		const faces = await subsetFonts(FONT_FILES, chars, {
			targetFormat: 'truetype',
			preserveNameIds: [16, 17],
			noHinting: true
		});
		return {
			key: createHash('sha256').update(chars).digest('hex').slice(0, 16),
			faces: faces.map((b64) => new Uint8Array(Buffer.from(b64, 'base64')))
		};
	});
}
