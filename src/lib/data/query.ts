/**
 * The view state as a query string. Kept free of imports (no country list, no calendar) so
 * the browser can build links and apply a filter form without loading the data layer;
 * parsing and validation are in filters.ts, on the server.
 */
import type { FlowClass } from './tables/types.ts';
import type { EventKind, Sector } from './types.ts';

export interface Filters {
	readonly countries: readonly string[];
	readonly sectors: readonly Sector[];
	readonly kinds: readonly EventKind[];
	/** First day of the window, YYYY-MM-DD, or null for no lower bound. */
	readonly from: string | null;
	/** Last day of the window (inclusive), or null for no upper bound. */
	readonly to: string | null;
	/** Series drawn as bars in the lending chart; null means the default. */
	readonly source: string | null;
	/**
	 * World Bank regions (URL values, as in tables/scope.ts), or `world` for no region: the
	 * published tables' views otherwise default to Latin America and the Caribbean.
	 */
	readonly regions: readonly string[];
	/** AidData flow classes shown by the published tables' views; none means all. */
	readonly flowClasses: readonly FlowClass[];
	/**
	 * Lending sectors (OECD CRS sector names as AidData GCOF 1.0 records them, as URL values:
	 * "energy-generation-and-supply"). Only the GCOF 1.0 projects have a sector, so the lending
	 * views that honour it switch to those projects' sums; the others say it does not apply.
	 */
	readonly crsSectors: readonly string[];
	/** The ranked lending chart lists every borrower in scope, not only the first 15. */
	readonly showAll: boolean;
}

export const FILTER_PARAMS = ['country', 'region', 'flow_class', 'crs_sector', 'sector', 'kind', 'from', 'to', 'source', 'show'] as const;

export const NO_FILTERS: Filters = {
	countries: [],
	sectors: [],
	kinds: [],
	from: null,
	to: null,
	source: null,
	regions: [],
	flowClasses: [],
	crsSectors: [],
	showAll: false
};

/** The canonical query string for a view (stable order, empty parts left out). */
export function filtersToQuery(f: Filters): string {
	const p = new URLSearchParams();
	if (f.countries.length) p.set('country', f.countries.join(','));
	if (f.regions.length) p.set('region', f.regions.join(','));
	if (f.flowClasses.length) p.set('flow_class', f.flowClasses.join(','));
	if (f.crsSectors.length) p.set('crs_sector', f.crsSectors.join(','));
	if (f.sectors.length) p.set('sector', f.sectors.join(','));
	if (f.kinds.length) p.set('kind', f.kinds.join(','));
	if (f.from) p.set('from', f.from);
	if (f.to) p.set('to', f.to);
	if (f.source) p.set('source', f.source);
	if (f.showAll) p.set('show', 'all');
	const s = p.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}
