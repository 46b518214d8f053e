import { CHARTS } from '$lib/charts/registry.ts';
import { pageActions } from '$lib/dashboard/actions.ts';
import { boundNotices, datasetChoices, filtersToQuery, parseFilters } from '$lib/data/filters.ts';
import { DEFAULT_SOURCE, filterOptions } from '$lib/data/views/overview.ts';
import {
	debtChart,
	lendingOverTimeChart,
	lendingRankedChart,
	sourceTitles,
	worldMapChart
} from '$lib/data/views/published.ts';
import { version } from '$app/environment';
import { shapesHref } from '$lib/server/charts.ts';
import { sectorsWords } from '$lib/data/tables/sectors.ts';
import { getDataset } from '$lib/server/dataset.ts';
import type { PageServerLoad } from './$types';

/**
 * The published tables' charts on one page, under the dashboard's filters: every recipient and
 * year reduced on the server to what the charts draw, so the page carries aggregates, not rows.
 */
export const load: PageServerLoad = ({ url }) => {
	const ds = getDataset();
	const { filters, notices } = parseFilters(url.searchParams, datasetChoices(ds));
	const overTime = lendingOverTimeChart(ds, filters);
	const ranked = lendingRankedChart(ds, filters);
	const world = worldMapChart(ds, filters);
	const debt = debtChart(ds, filters);
	const sourceLine = sourceTitles(ds);
	const actions = pageActions(filters, url.origin, sourceLine);
	return {
		filters,
		notices: boundNotices(notices),
		query: filtersToQuery(filters),
		sectors: sectorsWords(ds.tables, filters.crsSectors),
		defaultSource: DEFAULT_SOURCE,
		options: filterOptions(ds),
		overTime,
		ranked,
		world,
		shapes: shapesHref(CHARTS['world-map'], world, version),
		debt,
		actions: {
			overTime: actions('lending-over-time', overTime),
			ranked: actions('lending-ranked', ranked),
			world: actions('world-map', world),
			debt: actions('debt-to-china', debt)
		},
		documents: sourceLine
	};
};
