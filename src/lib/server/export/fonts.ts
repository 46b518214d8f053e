/**
 * The export fonts: Adobe's Source Sans 3 from the `source-sans` package, subset to the glyphs
 * a figure can use (subset-font, HarfBuzz's subsetter, run by the export's worker processes:
 * see pool/raster.ts): as WOFF2 for the @font-face embedded in its SVG, and as TrueType files
 * for resvg to draw its PNG with (never system fonts).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// Subsetting takes HarfBuzz (and Brotli, for WOFF2) about a second a face, off the main
// thread: a set of glyphs is subset once and the result kept, a few sets at a time (figures
// of one dataset share one).
const MAX_SETS = 16;
const subsets = new Map<string, Promise<string>>();
const rasterSets = new Map<string, Promise<readonly string[]>>();

/** The value made for `key`, or `make`'s, kept among the most recently used MAX_SETS. */
function kept<T>(
	map: Map<string, Promise<T>>,
	key: string,
	make: (key: string) => Promise<T>,
	drop?: (v: T) => void
): Promise<T> {
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
		const oldest = map.keys().next().value as string;
		void map.get(oldest)?.then(drop, () => undefined);
		map.delete(oldest);
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

/**
 * The font files resvg draws a PNG with: each face subset (as TrueType) to the characters of
 * `text`, written once per set of glyphs to a temporary folder. resvg reads a font file again
 * for every run of text it lays out, so a file of the hundred-odd glyphs a figure can use
 * instead of Source Sans 3's two thousand takes a third of a PNG's drawing time away.
 */
export function rasterFontFiles(text: string): Promise<readonly string[]> {
	return kept(
		rasterSets,
		glyphSet(text),
		async (chars) => {
			// resvg finds a face by its typographic family and weight (name IDs 16 and 17:
			// "Source Sans 3", "Semibold"), which the subsetter drops unless told; it uses no
			// hinting, so none is kept.
			const faces = await subsetFonts(FONT_FILES, chars, {
				targetFormat: 'truetype',
				preserveNameIds: [16, 17],
				noHinting: true
			});
			const dir = fontDir();
			const stem = createHash('sha256').update(chars).digest('hex').slice(0, 16);
			return faces.map((b64, i) => {
				const file = join(dir, `${stem}-${i}.ttf`);
				writeFileSync(file, Buffer.from(b64, 'base64'));
				return file;
			});
		},
		(files) => files.forEach((f) => rmSync(f, { force: true }))
	);
}

let dir: string | undefined;

/** This process's folder of subset fonts, removed when it exits. */
function fontDir(): string {
	if (!dir) {
		const made = mkdtempSync(join(tmpdir(), 'lending-lens-fonts-'));
		process.once('exit', () => rmSync(made, { recursive: true, force: true }));
		dir = made;
	}
	return dir;
}
