/**
 * The projects table's columns, query and links: kept free of the country list and the
 * calendar so the browser can build sort and page links without loading the data layer.
 * Parsing and selection are in projects.ts, on the server.
 */
import type { Filters } from '../query.ts';
import type { SortableColumn, SortSpec } from '../sort.ts';
import type { FlowClass } from './types.ts';

/**
 * Old names of the table's parameters, and the names they stand for now: `sector` was the
 * projects' CRS sector here, but on the dashboards it is the sanctions' sectors, so the
 * lending sector is `crs_sector` everywhere and an old link is redirected to it.
 */
export const PROJECT_PARAM_ALIASES: Readonly<Record<string, string>> = { sector: 'crs_sector' };

/** The same search with old parameter names renamed (values untouched), or null when it has none. */
export function renamedProjectSearch(params: URLSearchParams): string | null {
	if (!Object.keys(PROJECT_PARAM_ALIASES).some((k) => params.has(k))) return null;
	const out = new URLSearchParams();
	for (const [k, v] of params) out.append(PROJECT_PARAM_ALIASES[k] ?? k, v);
	const s = out.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

/**
 * The projects behind a dashboard view: its lending sector, countries, flow classes and years,
 * and only the projects AidData recommends for research, which the dashboard's figures sum.
 * Regions are not carried: the dashboard's are the World Bank's, the table's are AidData's own.
 */
export function projectsHrefOf(f: Filters): string {
	const p = new URLSearchParams();
	if (f.countries.length) p.set('country', f.countries.join(','));
	if (f.from) p.set('from', f.from.slice(0, 4));
	if (f.to) p.set('to', f.to.slice(0, 4));
	if (f.flowClasses.length) p.set('flow_class', f.flowClasses.join(','));
	if (f.crsSectors.length) p.set('crs_sector', f.crsSectors.join(','));
	if (f.crsSectors.length) p.set('recommended', 'yes');
	const s = p.toString().replace(/%2C/g, ',');
	return `/projects${s ? `?${s}` : ''}`;
}

export const PROJECT_COLUMNS: readonly SortableColumn[] = [
	{ key: 'title', label: 'Project', minWidth: 16 },
	{ key: 'recipient', label: 'Recipient' },
	{ key: 'year', label: 'Year', numeric: true },
	{ key: 'flow', label: 'Flow type' },
	{ key: 'usd2014', label: 'Amount (constant 2014 US$)', numeric: true, firstDir: 'desc' },
	{ key: 'status', label: 'Status' },
	{ key: 'agency', label: 'Funding agency', sortable: false }
];
export const PROJECT_DEFAULT_SORT: SortSpec = { key: 'usd2014', dir: 'desc' };

export interface ProjectQuery {
	readonly q: string;
	readonly countries: readonly string[];
	readonly regions: readonly string[];
	readonly from: number | null;
	readonly to: number | null;
	readonly flows: readonly string[];
	readonly flowClasses: readonly FlowClass[];
	readonly sectors: readonly string[];
	readonly statuses: readonly string[];
	readonly recommended: boolean | null;
	readonly sort: SortSpec;
	readonly page: number;
}

/** One row of the table, as the page shows it. */
export interface ProjectRow {
	readonly id: string;
	readonly title: string;
	readonly recipient: string;
	readonly year: number;
	readonly flow: string;
	readonly usd2014: number | null;
	readonly status: string;
	readonly agency: string;
	readonly recommended: boolean;
}

export interface ProjectPage {
	readonly rows: readonly ProjectRow[];
	readonly total: number;
	readonly page: number;
	readonly pages: number;
	/** Sum of constant-2014 amounts of the selected projects AidData recommends, and how many have none. */
	readonly recommendedUsd2014: number;
	readonly withoutAmount: number;
}

/** The canonical query string of a query (stable order, defaults left out), with a page. */
export function projectQueryString(q: ProjectQuery, changes: Partial<ProjectQuery> = {}): string {
	const x = { ...q, ...changes };
	const p = new URLSearchParams();
	if (x.q) p.set('q', x.q);
	if (x.countries.length) p.set('country', x.countries.join(','));
	if (x.regions.length) p.set('region', x.regions.join(','));
	if (x.from !== null) p.set('from', String(x.from));
	if (x.to !== null) p.set('to', String(x.to));
	if (x.flows.length) p.set('flow', x.flows.join(','));
	if (x.flowClasses.length) p.set('flow_class', x.flowClasses.join(','));
	if (x.sectors.length) p.set('crs_sector', x.sectors.join(','));
	if (x.statuses.length) p.set('status', x.statuses.join(','));
	if (x.recommended !== null) p.set('recommended', x.recommended ? 'yes' : 'no');
	if (x.sort.key !== PROJECT_DEFAULT_SORT.key || x.sort.dir !== PROJECT_DEFAULT_SORT.dir) {
		p.set('sort', x.sort.key);
		p.set('dir', x.sort.dir);
	}
	if (x.page > 1) p.set('page', String(x.page));
	const s = p.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}
