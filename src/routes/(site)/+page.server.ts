import { pageActions } from '$lib/dashboard/actions.ts';
import { applyFilters, boundNotices, datasetChoices, filtersToQuery, parseFilters } from '$lib/data/filters.ts';
import { lendingView } from '$lib/data/views/lending.ts';
import { mapView } from '$lib/data/views/map.ts';
import { DEFAULT_SOURCE, filterOptions, headlines } from '$lib/data/views/overview.ts';
import { sanctionsView } from '$lib/data/views/sanctions.ts';
import { timelineView } from '$lib/data/views/timeline.ts';
import { readZoom, ZOOM_PARAM } from '$lib/data/zoom.ts';
import { sourceTitles } from '$lib/data/views/published.ts';
import { sectorsWords } from '$lib/data/tables/sectors.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { version } from '$app/environment';
import { CHARTS } from '$lib/charts/registry.ts';
import { shapesHref } from '$lib/server/charts.ts';
import type { PageServerLoad } from './$types';

/**
 * The overview's views are computed here, on the server, from the URL: the browser gets
 * only what it draws, and no data-layer code.
 */
export const load: PageServerLoad = ({ url }) => {
	const ds = getDataset();
	const parsed = parseFilters(url.searchParams, { ...datasetChoices(ds), alsoAllowed: [ZOOM_PARAM] });
	const { filters } = parsed;
	const { zoom, notice } = readZoom(url.searchParams);
	const notices = notice ? [...parsed.notices, notice] : parsed.notices;
	const records = applyFilters(ds, filters);
	const lending = lendingView(ds, filters);
	const map = mapView(ds, filters);
	const sanctions = sanctionsView(ds, filters);
	const timeline = timelineView(ds, filters);
	const sourceLine = sourceTitles(ds);
	const actions = pageActions(filters, url.origin, sourceLine);
	return {
		filters,
		notices: boundNotices(notices),
		query: filtersToQuery(filters),
		sectors: sectorsWords(ds.tables, filters.crsSectors),
		defaultSource: DEFAULT_SOURCE,
		options: filterOptions(ds),
		headlines: headlines(ds, records, filters.source ?? DEFAULT_SOURCE),
		lending,
		map,
		shapes: shapesHref(CHARTS['lending-map'], map, version),
		sanctions,
		timeline,
		zoom,
		actions: {
			lending: actions('lending-by-country', lending),
			map: actions('lending-map', map),
			sanctions: actions('sanctions-over-time', sanctions),
			timeline: actions('timeline', timeline)
		},
		documents: sourceLine
	};
};
