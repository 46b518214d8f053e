/**
 * Reads a CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, LF or
 * CRLF) into rows of cells that keep their place in the text. A cell's `start`/`end` span its
 * content, inside the quotes when it is quoted, so `text.slice(start, end)` is the cell as the
 * file has it; `value` is the cell read (doubled quotes undone). Evidence from a table cites
 * these offsets, as evidence from a document cites a quote's.
 *
 * Written here rather than taken from a CSV library because none reports each cell's offsets
 * (d3-dsv, csv-parse and Papa Parse give values, or at most a record's byte range).
 */

export interface Cell {
	readonly value: string;
	readonly start: number;
	readonly end: number;
}

export interface CsvRow {
	/** 1-based line of the text on which the row starts. */
	readonly line: number;
	readonly cells: readonly Cell[];
}

export interface CsvText {
	readonly header: readonly string[];
	/** Data rows, header excluded: `rows[0]` is row 1. */
	readonly rows: readonly CsvRow[];
}

export class CsvSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(message);
		this.name = 'CsvSyntaxError';
	}
}

/** Every row of a CSV text, the first one included. Throws CsvSyntaxError on a broken quote. */
export function scanCsv(text: string): CsvRow[] {
	const rows: CsvRow[] = [];
	const n = text.length;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let line = 1;
	while (i < n) {
		const rowLine = line;
		const cells: Cell[] = [];
		for (;;) {
			if (text[i] === '"') {
				const start = i + 1;
				let j = start;
				let doubled = false;
				for (;;) {
					const q = text.indexOf('"', j);
					if (q < 0) throw new CsvSyntaxError('a quoted cell is never closed', rowLine);
					if (text[q + 1] === '"') {
						doubled = true;
						j = q + 2;
						continue;
					}
					j = q;
					break;
				}
				const raw = text.slice(start, j);
				for (let k = raw.indexOf('\n'); k >= 0; k = raw.indexOf('\n', k + 1)) line++;
				cells.push({ value: doubled ? raw.replaceAll('""', '"') : raw, start, end: j });
				i = j + 1;
				const c = text[i];
				if (c !== ',' && c !== '\n' && c !== '\r' && c !== undefined) {
					throw new CsvSyntaxError('a quoted cell is followed by text before the next comma', line);
				}
			} else {
				let j = i;
				while (j < n) {
					const c = text.charCodeAt(j);
					if (c === 44 || c === 10 || c === 13) break;
					j++;
				}
				const raw = text.slice(i, j);
				if (raw.includes('"')) throw new CsvSyntaxError('a quote inside an unquoted cell', line);
				cells.push({ value: raw, start: i, end: j });
				i = j;
			}
			if (text[i] === ',') {
				i++;
				continue;
			}
			break;
		}
		if (text[i] === '\r') i++;
		if (text[i] === '\n') i++;
		line++;
		rows.push({ line: rowLine, cells });
	}
	return rows;
}

/** A CSV text as a header and data rows; a row whose cell count differs is an error. */
export function readCsv(text: string): CsvText {
	const all = scanCsv(text);
	const head = all[0];
	if (!head) throw new CsvSyntaxError('the table is empty: no header row', 1);
	const header = head.cells.map((c) => c.value);
	const rows = all.slice(1);
	for (const [i, r] of rows.entries()) {
		if (r.cells.length !== header.length) {
			throw new CsvSyntaxError(`row ${i + 1} has ${r.cells.length} cells; the header has ${header.length}`, r.line);
		}
	}
	return { header, rows };
}
