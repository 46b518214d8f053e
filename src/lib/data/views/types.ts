/**
 * A chart's view: what it shows under the current filters, computed from the dataset by a
 * pure function (one per chart, in this folder) and handed to the chart component. The same
 * view feeds the chart, its data-table alternative, its CSV/JSON download and its export.
 */
export const CHART_IDS = [
	'lending-by-country',
	'lending-map',
	'sanctions-over-time',
	'timeline',
	'lending-over-time',
	'lending-ranked',
	'world-map',
	'debt-to-china'
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface TableColumn {
	readonly key: string;
	readonly label: string;
	/** Numbers are right-aligned and sorted numerically. */
	readonly numeric?: boolean;
}

export type TableCell = string | number | null;

export interface ChartTable {
	readonly columns: readonly TableColumn[];
	readonly rows: readonly Readonly<Record<string, TableCell>>[];
}

export interface ChartViewBase {
	readonly id: ChartId;
	/** Figure title: "Chinese lending by country". */
	readonly title: string;
	/** The scope in words, including the active filters. */
	readonly subtitle: string;
	/** One or two sentences for screen readers: what the chart shows and its main values. */
	readonly description: string;
	/** Ids of the documents the shown records cite, for the source line. */
	readonly documents: readonly string[];
	/** The data-table alternative and the CSV/JSON download. */
	readonly table: ChartTable;
}
