/**
 * Table sorting kept in the URL (`?sort=amount&dir=desc`), so a sorted table is a link and
 * sorting works without JavaScript. A bad parameter is ignored with a notice, never an error.
 */
import { shown, type Notice } from './filters.ts';

export type SortDir = 'asc' | 'desc';
export type SortValue = string | number | null;

export interface SortSpec {
	readonly key: string;
	readonly dir: SortDir;
}

export interface SortableColumn {
	readonly key: string;
	readonly label: string;
	/** Numbers are right-aligned. */
	readonly numeric?: boolean;
	/** False for columns that cannot be sorted (a quote). Default true. */
	readonly sortable?: boolean;
	/** The direction a first click sorts in: amounts largest first, names A to Z. Default "asc". */
	readonly firstDir?: SortDir;
	/** Narrowest the column may get, in rem (a column of quotes needs room to be read). */
	readonly minWidth?: number;
}

const isSortable = (c: SortableColumn) => c.sortable !== false;

/** The sort a URL asks for, or the fallback, with a notice for each parameter ignored. */
export function parseSort(
	params: URLSearchParams,
	columns: readonly SortableColumn[],
	fallback: SortSpec
): { sort: SortSpec; notices: Notice[] } {
	const notices: Notice[] = [];
	const keys = columns.filter(isSortable).map((c) => c.key);
	const rawKey = params.get('sort');
	const rawDir = params.get('dir');
	let key = fallback.key;
	let dir: SortDir | null = null;
	if (rawKey !== null) {
		if (keys.includes(rawKey)) key = rawKey;
		else notices.push({ param: 'sort', message: `sort=${shown(rawKey)} was ignored: the table sorts by ${keys.join(', ')}.` });
	}
	if (rawDir !== null) {
		if (rawDir === 'asc' || rawDir === 'desc') dir = rawDir;
		else notices.push({ param: 'dir', message: `dir=${shown(rawDir)} was ignored: expected asc or desc.` });
	}
	const column = columns.find((c) => c.key === key);
	return { sort: { key, dir: dir ?? (key === fallback.key ? fallback.dir : (column?.firstDir ?? 'asc')) }, notices };
}

/** The sort a click on a column's header asks for: the other direction if already sorted by it. */
export function nextSort(current: SortSpec, column: SortableColumn): SortSpec {
	if (current.key === column.key) return { key: column.key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key: column.key, dir: column.firstDir ?? 'asc' };
}

/** A query string for the sort, keeping the URL's other parameters: "?sort=amount&dir=desc". */
export function sortQuery(search: string | URLSearchParams, sort: SortSpec): string {
	const params = new URLSearchParams(search);
	params.set('sort', sort.key);
	params.set('dir', sort.dir);
	return `?${params.toString()}`;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareValues(a: SortValue, b: SortValue): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return collator.compare(String(a), String(b));
}

/**
 * Rows sorted by one value, stable (equal rows keep their order). Rows without a value
 * (null) go last in either direction: a figure the source gives no date for is not "oldest".
 */
export function sortRows<R>(rows: readonly R[], value: (row: R) => SortValue, dir: SortDir): R[] {
	const sign = dir === 'asc' ? 1 : -1;
	return rows
		.map((row, index) => ({ row, index, v: value(row) }))
		.sort((a, b) => {
			if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
			return sign * compareValues(a.v, b.v) || a.index - b.index;
		})
		.map((x) => x.row);
}
