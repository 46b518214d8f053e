import { chartActions } from '$lib/dashboard/actions.ts';
import { today } from '$lib/export/filename.ts';
import { applyFilters, boundNotices, filtersToQuery, parseFilters } from '$lib/data/filters.ts';
import { lendingView } from '$lib/data/views/lending.ts';
import { mapView } from '$lib/data/views/map.ts';
import { DEFAULT_SOURCE, filterOptions, headlines } from '$lib/data/views/overview.ts';
import { sanctionsView } from '$lib/data/views/sanctions.ts';
import { timelineView } from '$lib/data/views/timeline.ts';
import { readZoom, ZOOM_PARAM } from '$lib/data/zoom.ts';
import { sourceTitles } from '$lib/data/views/published.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { latinAmericaFeatures } from '$lib/server/geo.ts';
import type { PageServerLoad } from './$types';

/**
 * The overview's views are computed here, on the server, from the URL: the browser gets
 * only what it draws, and no data-layer code.
 */
export const load: PageServerLoad = ({ url }) => {
	const ds = getDataset();
	const parsed = parseFilters(url.searchParams, { series: ds.series.map((s) => s.id), alsoAllowed: [ZOOM_PARAM] });
	const { filters } = parsed;
	const { zoom, notice } = readZoom(url.searchParams);
	const notices = notice ? [...parsed.notices, notice] : parsed.notices;
	const records = applyFilters(ds, filters);
	const lending = lendingView(ds, filters);
	const map = mapView(ds, filters);
	const sanctions = sanctionsView(ds, filters);
	const timeline = timelineView(ds, filters);
	const day = today();
	const sourceLine = sourceTitles(ds);
	const titles = (ids: readonly string[]) => ids.map((id) => sourceLine[id] ?? id);
	return {
		filters,
		notices: boundNotices(notices),
		query: filtersToQuery(filters),
		defaultSource: DEFAULT_SOURCE,
		options: filterOptions(ds),
		headlines: headlines(ds, records, filters.source ?? DEFAULT_SOURCE),
		lending,
		map,
		features: latinAmericaFeatures(),
		sanctions,
		timeline,
		zoom,
		actions: {
			lending: chartActions('lending-by-country', lending.title, filters, url.origin, day, titles(lending.documents)),
			map: chartActions('lending-map', map.title, filters, url.origin, day, titles(map.documents)),
			sanctions: chartActions(
				'sanctions-over-time',
				sanctions.title,
				filters,
				url.origin,
				day,
				titles(sanctions.documents)
			),
			timeline: chartActions('timeline', timeline.title, filters, url.origin, day, titles(timeline.documents))
		},
		documents: sourceLine
	};
};
