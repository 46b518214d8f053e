/**
 * The loans, sanctions and events tables: one row per record, each with its date at its
 * precision, its value, and its first quote with the source, plus the value each sortable
 * column sorts by. Built on the server; sorted wherever the URL asks.
 */
import type { DateValue } from './dates.ts';
import { evidenceViews, statusWords, type EvidenceView } from './record-view.ts';
import { amountLabel, type LensRecord } from './records.ts';
import { recordHref } from './urls.ts';
import { MEASURE_SHORT, words } from './words.ts';
import { sortRows, type SortableColumn, type SortSpec, type SortValue } from './sort.ts';
import { borrowerName, periodLabel } from './summary.ts';
import type { Dataset, LensEvent, Sanction } from './types.ts';

export interface TableRow {
	readonly id: string;
	readonly href: string;
	/** Text of each column, by key. */
	readonly cells: Readonly<Record<string, string>>;
	/** The value each sortable column sorts by. */
	readonly sort: Readonly<Record<string, SortValue>>;
	/** The record's first piece of evidence. */
	readonly evidence: EvidenceView | null;
	readonly evidenceCount: number;
}

export interface RecordTable {
	readonly caption: string;
	readonly columns: readonly SortableColumn[];
	/** The column whose cells name the record, link to it and head their row. */
	readonly rowHeader: string;
	/** The column of quotes. */
	readonly evidenceColumn: string;
	readonly defaultSort: SortSpec;
	readonly rows: readonly TableRow[];
}

export const EVIDENCE_COLUMN: SortableColumn = { key: 'evidence', label: 'Evidence', sortable: false, minWidth: 18 };

/** Dates sort by their start, then their end: "2019" comes before "Feb 2019". */
const dateSort = (d: DateValue | null): SortValue => (d ? `${d.start}/${d.end}` : null);

function row(ds: Dataset, r: LensRecord, cells: Record<string, string>, sort: Record<string, SortValue>): TableRow {
	const evidence = evidenceViews(ds, r);
	return { id: r.id, href: recordHref(r.id), cells, sort, evidence: evidence[0] ?? null, evidenceCount: evidence.length };
}

export function loanTable(ds: Dataset): RecordTable {
	const series = new Map(ds.series.map((s) => [s.id, s]));
	return {
		caption: 'Loan claims: one figure, one source, one scope each',
		columns: [
			{ key: 'borrower', label: 'Borrower' },
			{ key: 'amount', label: 'Amount', numeric: true, firstDir: 'desc' },
			{ key: 'measure', label: 'Measure' },
			{ key: 'period', label: 'Period', minWidth: 7 },
			{ key: 'loans', label: 'Loans', numeric: true, firstDir: 'desc' },
			{ key: 'source', label: 'Source' },
			{ key: 'status', label: 'Status' },
			EVIDENCE_COLUMN
		],
		rowHeader: 'borrower',
		evidenceColumn: EVIDENCE_COLUMN.key,
		defaultSort: { key: 'amount', dir: 'desc' },
		rows: ds.loans.map((l) => {
			const source = series.get(l.series)?.short ?? l.series;
			return row(
				ds,
				l,
				{
					borrower: borrowerName(ds, l),
					amount: amountLabel(l),
					measure: MEASURE_SHORT[l.measure],
					period: periodLabel(l),
					loans: l.loanCount === null ? '' : String(l.loanCount),
					source,
					status: statusWords(ds, l)
				},
				{
					borrower: borrowerName(ds, l),
					amount: l.amountUsd,
					measure: l.measure,
					period: dateSort(l.period),
					loans: l.loanCount,
					source,
					status: l.supersededBy.length ? 'superseded' : 'current'
				}
			);
		})
	};
}

/** A column of a dated table beyond date, title and evidence: its text and sort value. */
interface DatedColumn<R> {
	readonly column: SortableColumn;
	readonly text: (r: R) => string;
}

/** Sanctions and events: a date, a title naming the record, more columns, the first quote. */
function datedTable<R extends Sanction | LensEvent>(
	ds: Dataset,
	caption: string,
	titleLabel: string,
	records: readonly R[],
	more: readonly DatedColumn<R>[]
): RecordTable {
	return {
		caption,
		columns: [
			{ key: 'date', label: 'Date', minWidth: 7 },
			{ key: 'title', label: titleLabel, minWidth: 12 },
			...more.map((m) => m.column),
			EVIDENCE_COLUMN
		],
		rowHeader: 'title',
		evidenceColumn: EVIDENCE_COLUMN.key,
		defaultSort: { key: 'date', dir: 'asc' },
		rows: records.map((r) => {
			const extra = more.map((m) => [m.column.key, m.text(r)] as const);
			return row(
				ds,
				r,
				{ date: r.date.label, title: r.title, ...Object.fromEntries(extra) },
				{ date: dateSort(r.date), title: r.title, ...Object.fromEntries(extra.map(([k, v]) => [k, v || null])) }
			);
		})
	};
}

export function sanctionTable(ds: Dataset): RecordTable {
	return datedTable(ds, 'US sanctions measures, dated to the day they were signed or announced', 'Measure', ds.sanctions, [
		{ column: { key: 'instrument', label: 'Instrument' }, text: (s) => s.instrument },
		{ column: { key: 'sectors', label: 'Sectors' }, text: (s) => s.sectors.map(words).join(', ') }
	]);
}

export function eventTable(ds: Dataset): RecordTable {
	return datedTable(ds, 'Events, dated at the precision the evidence supports', 'Event', ds.events, [
		{ column: { key: 'kind', label: 'Kind' }, text: (e) => e.kind },
		{ column: { key: 'places', label: 'Places' }, text: (e) => e.places.map((p) => p.name).join(', ') },
		{ column: { key: 'about', label: 'About' }, text: (e) => e.subjects.map((p) => p.name).join(', ') }
	]);
}

/** The table's rows in the order of `sort`. */
export function sortTable(table: RecordTable, sort: SortSpec): TableRow[] {
	return sortRows(table.rows, (r) => r.sort[sort.key] ?? null, sort.dir);
}
