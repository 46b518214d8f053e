/**
 * Text measurement without a DOM, so the server lays out labels exactly as the browser does
 * after hydration, and the legend, labels, wrapping and export layout all agree: the width of
 * a string is the sum of its characters' advance widths, read from the font files by fontkit
 * (see font-metrics.ts). Kerning is left out; it moves a label by a fraction of a pixel.
 *
 * The charts are set in Source Sans 3, the font the project ships. An exported SVG keeps its
 * text as text, and a tool that ignores the SVG's embedded font (librsvg, design tools) draws
 * it in a wider fallback, usually DejaVu Sans. So a width is the wider of the two: room laid
 * out for it holds the text in either font, and nothing overlaps or runs off the figure.
 */
import { CHARS, FACES, FALLBACK_FACES, UNITS_PER_EM } from './font-metrics.ts';

export type Face = keyof typeof FACES;

const index = new Map<string, number>([...CHARS].map((c, i) => [c, i]));

function units(text: string, table: { readonly advances: readonly number[]; readonly fallback: number }): number {
	const { advances, fallback } = table;
	let n = 0;
	for (const ch of text) {
		const i = index.get(ch);
		n += i === undefined ? fallback : (advances[i] ?? fallback) || fallback;
	}
	return n;
}

// A chart lays out the same labels many times over (the timeline tries each row limit, a
// figure is drawn again at the height it used), and summing advances was a third of the time
// a timeline figure took to build: each string's width in ems is measured once per face, and
// kept while the set stays small (the labels of a dataset; never grows without bound).
const MEASURED_MAX = 20_000;
const measured: Record<Face, Map<string, number>> = { regular: new Map(), semibold: new Map(), italic: new Map() };

/** Room `text` needs at `fontSize` pixels: its width in Source Sans 3 or in the fallback, whichever is wider. */
export function textWidth(text: string, fontSize: number, face: Face = 'regular'): number {
	const kept = measured[face];
	let u = kept.get(text);
	if (u === undefined) {
		u = Math.max(units(text, FACES[face]), units(text, FALLBACK_FACES[face]));
		if (kept.size >= MEASURED_MAX) kept.clear();
		kept.set(text, u);
	}
	return (u / UNITS_PER_EM) * fontSize;
}

/** Break `text` into lines no wider than `maxWidth` (a word longer than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number, face: Face = 'regular'): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize, face) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}
