/**
 * The rows a mark's evidence link names (`/sources/<table>/rows?r=…`): row numbers, with a run
 * of consecutive rows written as a range, so a country's 22 years read `932-953`, not 22
 * numbers. Links stay short in the page's data, in the address bar and when shared.
 */

/** "12-15,40" for rows 12, 13, 14, 15 and 40; the rows sorted, each once. */
export function rowList(rows: Iterable<number>): string {
	const sorted = [...new Set(rows)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		const start = sorted[i] ?? 0;
		let end = start;
		while (sorted[i + 1] === end + 1) end = sorted[++i] ?? end;
		parts.push(end === start ? `${start}` : end === start + 1 ? `${start},${end}` : `${start}-${end}`);
		i++;
	}
	return parts.join(',');
}

export type RowListResult = { ok: true; rows: number[] } | { ok: false; error: string };

/**
 * Reads `r` back: row numbers and ranges from 1 to `last`, separated by commas, at most `max`
 * rows in all. An error names the parameter and the part that is wrong.
 */
export function parseRowList(raw: string, last: number, max: number): RowListResult {
	const parts = raw.split(',').filter(Boolean);
	const must = `Parameter r=${raw.slice(0, 40)} must list row numbers from 1 to ${last} (or ranges such as 12-40), separated by commas`;
	if (!parts.length) return { ok: false, error: `${must}.` };
	const rows = new Set<number>();
	for (const part of parts) {
		const m = /^(\d{1,7})(?:-(\d{1,7}))?$/.exec(part);
		const start = Number(m?.[1]);
		const end = m?.[2] === undefined ? start : Number(m[2]);
		if (!m || start < 1 || end > last || end < start) {
			return { ok: false, error: `${must}; "${part.slice(0, 20)}" is not one.` };
		}
		if (end - start + 1 + rows.size > max) {
			return { ok: false, error: `Parameter r lists more than ${max} rows; at most ${max} are shown at once.` };
		}
		for (let n = start; n <= end; n++) rows.add(n);
	}
	return { ok: true, rows: [...rows].sort((a, b) => a - b) };
}
