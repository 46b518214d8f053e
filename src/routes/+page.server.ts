import { applyFilters, filtersToQuery, parseFilters } from '$lib/data/filters.ts';
import { DEFAULT_SOURCE, filterOptions, headlines } from '$lib/data/views/overview.ts';
import { getDataset } from '$lib/server/dataset.ts';
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
		cleanHref: `/${filtersToQuery(filters)}`,
		defaultSource: DEFAULT_SOURCE,
		options: filterOptions(ds),
		headlines: headlines(ds, records, filters.source ?? DEFAULT_SOURCE),
		version: ds.version,
		documents: ds.documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind }))
	};
};
