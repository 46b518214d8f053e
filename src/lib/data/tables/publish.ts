/**
 * The tabular records published for reuse, one table at a time, as CSV (whole) and JSON
 * (paged): each row with its figure, dollar basis, measure and the cell it was read from.
 * Every download names its publisher, release and licence.
 */
import { toCsv } from '../csv.ts';
import type { Dataset } from '../types.ts';
import { TABLE_IDS } from './mappings.ts';
import type { CellEvidence, DatasetDocument, Project, Tables } from './types.ts';

type Cell = string | number | boolean | null;

interface Published {
	readonly table: string;
	readonly columns: readonly string[];
	readonly rows: (t: Tables) => readonly Cell[][];
}

const cite = (e: CellEvidence): Cell[] => [e.row, e.key, e.column, e.start, e.end, e.text];
const CITE = ['row', 'row_key', 'column', 'start', 'end', 'cell_text'];

export const projectCsvColumns = ['project_id', 'recommended_for_research', 'year', 'recipient_iso3', 'recipient', 'region', 'title',
	'funding_agency', 'status', 'flow', 'flow_class', 'amount', 'currency', 'usd_constant_2014', 'usd_nominal', 'sector', 'row'];
export const projectCsvRow = (p: Project): Cell[] => [p.id, p.recommended, p.year, p.recipient, p.recipientName, p.region, p.title,
	p.agency, p.status, p.flow, p.flowClass, p.amount, p.currency, p.usd2014, p.usdCurrent, p.sector, p.row];

export const PUBLISHED: Readonly<Record<string, Published>> = {
	[TABLE_IDS.countryYears]: {
		table: TABLE_IDS.countryYears,
		columns: ['country', 'year', 'flow_class', 'usd', 'dollars', 'measure', ...CITE],
		rows: (t) => t.countryYears.map((r) => [r.country, r.year, r.flowClass, r.usd, r.dollars, r.measure, ...cite(r.evidence)])
	},
	[TABLE_IDS.countryTotals]: {
		table: TABLE_IDS.countryTotals,
		columns: ['country', 'name', 'region', 'income', 'usd', 'dollars', 'measure', ...CITE],
		rows: (t) => t.countryTotals.map((r) => [r.country, r.name, r.region, r.income, r.usd, r.dollars, r.measure, ...cite(r.evidence)])
	},
	[TABLE_IDS.worldYears]: {
		table: TABLE_IDS.worldYears,
		columns: ['year', 'flow_class', 'usd', 'dollars', 'measure', ...CITE],
		rows: (t) => t.worldYears.map((r) => [r.year, r.flowClass, r.usd, r.dollars, r.measure, ...cite(r.evidence)])
	},
	[TABLE_IDS.projects]: {
		table: TABLE_IDS.projects,
		columns: projectCsvColumns,
		rows: (t) => t.projects.map(projectCsvRow)
	},
	[TABLE_IDS.debt]: {
		table: TABLE_IDS.debt,
		columns: ['debtor', 'debtor_name', 'year', 'creditor', 'usd', 'dollars', 'measure', ...CITE],
		rows: (t) => t.debt.map((r) => [r.debtor, r.debtorName, r.year, r.creditor, r.usd, r.dollars, r.measure, ...cite(r.evidence)])
	}
};

/** "AidData at William & Mary, Global Chinese Official Finance Dataset, version 1.0 (2000-2014). Licence: ODC-By-1.0." */
export function attribution(doc: DatasetDocument): string {
	return `${doc.publisher}, ${doc.release}. Licence: ${doc.licence.id} (${doc.licence.url}).`;
}

export function publishedCsv(ds: Dataset, id: string, rows?: readonly Cell[][]): string | null {
	const p = PUBLISHED[id];
	const doc = ds.datasets.find((d) => d.id === id);
	if (!p || !doc) return null;
	// The source is a column, not a comment line, so that every CSV reader still reads the file.
	const source = attribution(doc);
	return toCsv(
		[...p.columns, 'source'],
		(rows ?? p.rows(ds.tables)).map((r) => [...r.map((c) => (typeof c === 'boolean' ? String(c) : c)), source])
	);
}

export const MAX_PER_PAGE = 1000;

export function publishedJson(ds: Dataset, id: string, page: number, per: number) {
	const p = PUBLISHED[id];
	const doc = ds.datasets.find((d) => d.id === id);
	if (!p || !doc) return null;
	const all = p.rows(ds.tables);
	const pages = Math.max(1, Math.ceil(all.length / per));
	return {
		table: id,
		source: attribution(doc),
		publisher: doc.publisher,
		release: doc.release,
		licence: doc.licence,
		citation: doc.citation,
		version: ds.version,
		total: all.length,
		page,
		pages,
		per,
		columns: p.columns,
		rows: all.slice((page - 1) * per, page * per)
	};
}
