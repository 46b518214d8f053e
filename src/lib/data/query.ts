/**
 * The view state as a query string. Kept free of imports (no country list, no calendar) so
 * the browser can build links and apply a filter form without loading the data layer;
 * parsing and validation are in filters.ts, on the server.
 */
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
}

export const FILTER_PARAMS = ['country', 'sector', 'kind', 'from', 'to', 'source'] as const;

export const NO_FILTERS: Filters = { countries: [], sectors: [], kinds: [], from: null, to: null, source: null };

/** The canonical query string for a view (stable order, empty parts left out). */
export function filtersToQuery(f: Filters): string {
	const p = new URLSearchParams();
	if (f.countries.length) p.set('country', f.countries.join(','));
	if (f.sectors.length) p.set('sector', f.sectors.join(','));
	if (f.kinds.length) p.set('kind', f.kinds.join(','));
	if (f.from) p.set('from', f.from);
	if (f.to) p.set('to', f.to);
	if (f.source) p.set('source', f.source);
	const s = p.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}
