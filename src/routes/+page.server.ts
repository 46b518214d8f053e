import { applyFilters, filtersToQuery, parseFilters } from '$lib/data/filters.ts';
import { lendingView } from '$lib/data/views/lending.ts';
import { mapView } from '$lib/data/views/map.ts';
import { DEFAULT_SOURCE, filterOptions, headlines } from '$lib/data/views/overview.ts';
import { sanctionsView } from '$lib/data/views/sanctions.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { latinAmericaFeatures } from '$lib/server/geo.ts';
import type { PageServerLoad } from './$types';

/**
 * The overview's views are computed here, on the server, from the URL: the browser gets
 * only what it draws, and no data-layer code.
 */
export const load: PageServerLoad = ({ url }) => {
	const ds = getDataset();
	const { filters, notices } = parseFilters(url.searchParams, { series: ds.series.map((s) => s.id) });
	const records = applyFilters(ds, filters);
	return {
		filters,
		notices,
		query: filtersToQuery(filters),
		defaultSource: DEFAULT_SOURCE,
		options: filterOptions(ds),
		headlines: headlines(ds, records, filters.source ?? DEFAULT_SOURCE),
		lending: lendingView(ds, filters),
		map: mapView(ds, filters),
		features: latinAmericaFeatures(),
		sanctions: sanctionsView(ds, filters),
		documents: Object.fromEntries(ds.documents.map((d) => [d.id, d.title]))
	};
};
