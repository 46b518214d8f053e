/**
 * A mapping declares how a published table becomes records: which column gives which field,
 * how each cell is read, and what an empty or unreadable cell does to the row. The reading is
 * generic; the declarations are in mappings.ts, one per dataset.
 */
import { countryByCode } from '../countries.ts';
import type { Cell, CsvText } from './cells.ts';
import type { CellEvidence, TableDollars, UnreadRow } from './types.ts';

export type Read<T> = (text: string) => { ok: true; value: T } | { ok: false; reason: string };

export interface FieldSpec<T> {
	readonly column: string;
	readonly read: Read<T>;
	/**
	 * An empty cell: `skip` leaves the row out (listed); `listed` keeps the row with the field
	 * null and lists it (an empty amount); `keep` keeps it unlisted (an empty free-text field).
	 */
	readonly empty?: 'skip' | 'listed' | 'keep';
}

export type Fields<F> = { readonly [K in keyof F]: FieldSpec<F[K]> };

export interface TableMapping<F> {
	/** The catalogue id of the table read. */
	readonly table: string;
	/** What one record is, in words. */
	readonly record: string;
	readonly measure?: 'commitments' | 'debt-stock';
	readonly dollars?: TableDollars;
	/** The unit of the amount cells as written. */
	readonly unit?: 'US dollars' | 'billions of US dollars';
	/** Which rows count in totals, in words (the rule itself is in the view that sums). */
	readonly counts?: string;
	readonly fields: Fields<F>;
}

export interface MappedRow<F> {
	/** 1-based data row. */
	readonly row: number;
	readonly line: number;
	readonly key: string;
	readonly values: { readonly [K in keyof F]: F[K] | null };
	readonly cells: { readonly [K in keyof F]: CellEvidence };
}

export interface Mapped<F> {
	readonly rows: MappedRow<F>[];
	readonly unread: UnreadRow[];
	/** Columns the mapping reads that the header lacks. */
	readonly missingColumns: string[];
}

const ok = <T>(value: T) => ({ ok: true as const, value });
const no = (reason: string) => ({ ok: false as const, reason });

// Thousands of rows name the same hundred countries; looking each up once keeps the build fast.
const iso3Cache = new Map<string, ReturnType<Read<string>>>();

const readUsd: Read<number> = (s) => {
	const t = s.trim();
	if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) return no(`"${s}" is not an amount (digits, optionally with a decimal point)`);
	return ok(Number(t));
};

/** Readers for the cell types the tables use. */
export const read = {
	text: ((s) => ok(s.trim())) as Read<string>,
	usd: readUsd,
	billions: ((s) => {
		const r = readUsd(s);
		return r.ok ? ok(r.value * 1e9) : r;
	}) as Read<number>,
	year: (from: number, to: number): Read<number> => (s) => {
		const t = s.trim();
		if (!/^\d{4}$/.test(t)) return no(`"${s}" is not a year`);
		const y = Number(t);
		return y >= from && y <= to ? ok(y) : no(`${y} lies outside ${from}-${to}, the years the release covers`);
	},
	iso3: ((s) => {
		let r = iso3Cache.get(s);
		if (!r) {
			const c = countryByCode(s.trim());
			r = c.ok ? ok(c.value.code) : /[;,]/.test(s) ? no('names several recipients or a region, not one country') : no(c.error);
			iso3Cache.set(s, r);
		}
		return r;
	}) as Read<string>,
	bool: ((s) => (s === 'True' ? ok(true) : s === 'False' ? ok(false) : no(`"${s}" is neither True nor False`))) as Read<boolean>,
	/** One of the values listed, each read as the value given. */
	oneOf: <T>(values: Readonly<Record<string, T>>): Read<T> => (s) =>
		Object.hasOwn(values, s) ? ok(values[s] as T) : no(`"${s}" is not one of ${Object.keys(values).join(', ')}`),
	/** A code looked up in another table, e.g. a Correlates of War code in the code list. */
	lookup: (what: string, table: ReadonlyMap<string, string>): Read<string> => (s) => {
		const v = table.get(s.trim());
		return v !== undefined ? ok(v) : no(`${what} "${s}" is not in the code list`);
	}
};

/** Read every row of a table through a mapping. Evidence text is sliced from the file itself. */
export function applyMapping<F>(
	mapping: TableMapping<F>,
	source: { readonly file: string; readonly text: string; readonly csv: CsvText; readonly key: readonly string[] }
): Mapped<F> {
	const { file, text, csv, key: keyColumns } = source;
	const names = Object.keys(mapping.fields) as (keyof F & string)[];
	const index = new Map(csv.header.map((h, i) => [h, i]));
	const missingColumns = [...new Set([...names.map((n) => mapping.fields[n].column), ...keyColumns])].filter((c) => !index.has(c));
	if (missingColumns.length) return { rows: [], unread: [], missingColumns };
	const keyIdx = keyColumns.map((c) => index.get(c) as number);
	// Resolved once, not per row: the projects table has 5,466 rows of 17 fields read.
	const fields = names.map((name) => ({ name, spec: mapping.fields[name], col: index.get(mapping.fields[name].column) as number }));
	const rows: MappedRow<F>[] = [];
	const unread: UnreadRow[] = [];
	csv.rows.forEach((r, i) => {
		const row = i + 1;
		const key = keyColumns.map((c, k) => `${c} ${(r.cells[keyIdx[k] as number] as Cell).value}`).join(', ');
		const values: Record<string, unknown> = {};
		const cells: Record<string, CellEvidence> = {};
		let pending: UnreadRow[] | null = null;
		let skip = false;
		for (const { name, spec, col } of fields) {
			const cell = r.cells[col] as Cell;
			cells[name] = { table: mapping.table, row, key, column: spec.column, text: text.slice(cell.start, cell.end), start: cell.start, end: cell.end };
			const empty = spec.empty ?? 'skip';
			let reason: string;
			if (cell.value.trim() === '') {
				values[name] = null;
				if (empty === 'keep') continue;
				reason = 'empty';
			} else {
				const v = spec.read(cell.value);
				if (v.ok) {
					values[name] = v.value;
					continue;
				}
				values[name] = null;
				reason = v.reason;
			}
			if (empty === 'skip') skip = true;
			(pending ??= []).push({ table: mapping.table, file, row, line: r.line, key, column: spec.column, text: cell.value, reason, effect: empty === 'skip' ? 'skipped' : 'partial' });
		}
		if (pending) unread.push(...(skip ? pending.map((p) => ({ ...p, effect: 'skipped' as const })) : pending));
		if (!skip) rows.push({ row, line: r.line, key, values: values as MappedRow<F>['values'], cells: cells as MappedRow<F>['cells'] });
	});
	return { rows, unread, missingColumns };
}
