/**
 * Where the region-level figures go under the lending chart: a heading line, then each
 * figure's text wrapped to the width with a bullet. Pure, so the figure knows the notes'
 * height before drawing them (see RegionNotes.svg.svelte).
 */
import type { RegionNote } from '../../data/views/lending.ts';
import { wrapText } from '../common/text.ts';

export const REGION_NOTES_HEADING = 'Region-level figures, not drawn as country bars:';
const INDENT = 14;

export interface RegionNotesLayout {
	readonly lineHeight: number;
	readonly indent: number;
	/** Each note's lines, with the baseline of its first line. */
	readonly notes: readonly { note: RegionNote; y: number; lines: readonly string[] }[];
	readonly height: number;
}

export function layoutRegionNotes(notes: readonly RegionNote[], width: number, fontSize = 13): RegionNotesLayout {
	const lineHeight = Math.round(fontSize * 1.4);
	if (!notes.length) return { lineHeight, indent: INDENT, notes: [], height: 0 };
	let y = lineHeight;
	const placed = notes.map((note) => {
		const lines = wrapText(note.text, width - INDENT, fontSize);
		const at = { note, y, lines };
		y += lines.length * lineHeight;
		return at;
	});
	return { lineHeight, indent: INDENT, notes: placed, height: y + 4 };
}
