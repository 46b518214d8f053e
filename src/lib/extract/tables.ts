/**
 * Markdown tables read row by row: a run of lines that start and end with `|`, a header
 * row, a `|---|` rule, then one row per line. Each cell keeps its offsets in the document, so
 * a row is a quote. The line just above the table (its caption, if any) and the header say
 * what the numbers are: the unit ("US$ billion", "$ million") and the period ("2005-2020").
 */
import type { Span } from './text.ts';

export interface Cell extends Span {
	readonly text: string;
}

export interface TableRow extends Span {
	readonly cells: readonly Cell[];
}

export interface Table extends Span {
	/** The non-empty line above the table, when it is not itself part of a table. */
	readonly caption: Cell | null;
	readonly header: readonly Cell[];
	readonly rows: readonly TableRow[];
}

const RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;

function cellsOf(line: string, at: number): Cell[] {
	const cells: Cell[] = [];
	const body = line.replace(/\s+$/, '');
	let i = body.indexOf('|') + 1;
	while (i > 0 && i < body.length) {
		const next = body.indexOf('|', i);
		const end = next < 0 ? body.length : next;
		const raw = body.slice(i, end);
		const lead = raw.length - raw.trimStart().length;
		const text = raw.trim();
		cells.push({ start: at + i + lead, end: at + i + lead + text.length, text });
		if (next < 0) break;
		i = next + 1;
	}
	return cells;
}

/** Every Markdown table of `text`. */
export function findTables(text: string): Table[] {
	const lines: { start: number; end: number; text: string }[] = [];
	let at = 0;
	for (const line of text.split('\n')) {
		lines.push({ start: at, end: at + line.length, text: line });
		at += line.length + 1;
	}
	const tables: Table[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		const head = lines[i] as (typeof lines)[number];
		const rule = lines[i + 1] as (typeof lines)[number];
		if (!/^\s*\|.*\|\s*$/.test(head.text) || !RULE.test(rule.text)) continue;
		const rows: TableRow[] = [];
		let j = i + 2;
		for (; j < lines.length && /^\s*\|.*\|\s*$/.test((lines[j] as (typeof lines)[number]).text); j++) {
			const l = lines[j] as (typeof lines)[number];
			const cells = cellsOf(l.text, l.start);
			const trimmed = l.text.trim();
			const lead = l.text.indexOf(trimmed);
			rows.push({ start: l.start + lead, end: l.start + lead + trimmed.length, cells });
		}
		let k = i - 1;
		while (k >= 0 && (lines[k] as (typeof lines)[number]).text.trim() === '') k--;
		const above = k >= 0 ? (lines[k] as (typeof lines)[number]) : null;
		const caption =
			above && !/^\s*\|/.test(above.text) && above.text.trim().length <= 200
				? {
						start: above.start + above.text.indexOf(above.text.trim()),
						end: above.start + above.text.indexOf(above.text.trim()) + above.text.trim().length,
						text: above.text.trim()
					}
				: null;
		tables.push({
			start: head.start,
			end: (lines[j - 1] as (typeof lines)[number]).end,
			caption,
			header: cellsOf(head.text, head.start),
			rows
		});
		i = j - 1;
	}
	return tables;
}

/** The scale a caption or header states for its figures: "US$ billion" → 9, "$ million" → 6; null when it names no dollars. */
export function dollarScale(words: string): number | null {
	const m =
		/(?:US\s?\$|\$|USD|US dollars|dollars)\s*,?\s*(?:in\s+)?(billions?|bn|millions?|mn|m|thousands?|trillions?)?\b/i.exec(
			words
		);
	if (!m) return null;
	const unit = (m[1] ?? '').toLowerCase();
	if (/^b/.test(unit)) return 9;
	if (/^m/.test(unit)) return 6;
	if (/^th/.test(unit)) return 3;
	if (/^tr/.test(unit)) return 12;
	return 0;
}
