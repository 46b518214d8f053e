/**
 * Text measurement without a DOM, so the server lays out labels exactly as the browser does
 * after hydration, and the legend, labels, wrapping and export layout all agree: the width of
 * a string is the sum of its characters' advance widths in Source Sans 3, the font the
 * project ships, read from the font files by fontkit (see font-metrics.ts). Kerning is left
 * out; it moves a label by a fraction of a pixel.
 */
import { CHARS, FACES, UNITS_PER_EM } from './font-metrics.ts';

export type Face = keyof typeof FACES;

const index = new Map<string, number>([...CHARS].map((c, i) => [c, i]));

/** Rendered width of `text` at `fontSize` pixels in a face of Source Sans 3. */
export function textWidth(text: string, fontSize: number, face: Face = 'regular'): number {
	const { advances, fallback } = FACES[face];
	let units = 0;
	for (const ch of text) {
		const i = index.get(ch);
		units += i === undefined ? fallback : (advances[i] ?? fallback) || fallback;
	}
	return (units / UNITS_PER_EM) * fontSize;
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
