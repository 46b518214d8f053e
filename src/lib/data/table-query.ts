/**
 * A records table under the page's filters and a text search, both in the URL:
 * `/loans?country=VEN&from=2019-01&q=export-import`. The filters are the dashboard's (the same
 * parameters, the same meaning); `q` keeps the rows whose text (name, value, date, source,
 * quote) contains every word of it, in any case. Bad parameters are named in notices.
 */
import { applyFilters, datasetChoices, describeFilters, isFiltered, parseFilters, sectorNotApplied, type Filters, type Notice } from './filters.ts';
import type { RecordTable } from './record-tables.ts';
import type { Dataset } from './types.ts';

export const SEARCH_PARAM = 'q';

export interface TableQuery {
	readonly table: RecordTable;
	readonly filters: Filters;
	/** The search as typed (trimmed), or "". */
	readonly q: string;
	/** How many rows the table has with no filter and no search. */
	readonly total: number;
	/** "Venezuela; from 1 Jan 2019", or null when nothing is filtered. */
	readonly filtered: string | null;
	/** That the lending-sector filter does not apply to these records, or "" when none is chosen. */
	readonly notApplied: string;
	readonly notices: readonly Notice[];
}

/** The words of a search, lower-cased: "  Export-Import  bank " → ["export-import", "bank"]. */
export function searchWords(q: string): string[] {
	return q.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Keep the rows whose text holds every word. */
export function searchTable(table: RecordTable, q: string): RecordTable {
	const words = searchWords(q);
	if (!words.length) return table;
	return {
		...table,
		rows: table.rows.filter((r) => {
			const text = [...Object.values(r.cells), r.evidence?.quote ?? '', r.evidence?.document.title ?? ''].join(' ').toLowerCase();
			return words.every((w) => text.includes(w));
		})
	};
}

export function tableQuery(ds: Dataset, params: URLSearchParams, build: (ds: Dataset) => RecordTable): TableQuery {
	const { filters, notices } = parseFilters(params, { ...datasetChoices(ds), alsoAllowed: ['sort', 'dir', SEARCH_PARAM] });
	const records = applyFilters(ds, filters);
	const q = (params.get(SEARCH_PARAM) ?? '').trim();
	const all = build(ds);
	return {
		table: searchTable(build({ ...ds, ...records }), q),
		filters,
		q,
		total: all.rows.length,
		filtered: isFiltered(filters) ? describeFilters(ds, filters) : null,
		notApplied: sectorNotApplied(ds, filters, 'these records have no lending sector; the projects of a sector are on /projects'),
		notices
	};
}
