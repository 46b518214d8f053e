import { CHARTS } from '$lib/charts/registry.ts';
import { chartActions } from '$lib/dashboard/actions.ts';
import { today } from '$lib/export/filename.ts';
import { boundNotices, filtersToQuery, parseFilters } from '$lib/data/filters.ts';
import { DEFAULT_SOURCE, filterOptions } from '$lib/data/views/overview.ts';
import {
	debtChart,
	lendingOverTimeChart,
	lendingRankedChart,
	sourceTitles,
	worldMapChart
} from '$lib/data/views/published.ts';
import { chartInputs } from '$lib/server/charts.ts';
import { getDataset } from '$lib/server/dataset.ts';
import type { PageServerLoad } from './$types';

/**
 * The published tables' charts on one page, under the dashboard's filters: every recipient and
 * year reduced on the server to what the charts draw, so the page carries aggregates, not rows.
 */
export const load: PageServerLoad = ({ url }) => {
	const ds = getDataset();
	const { filters, notices } = parseFilters(url.searchParams, { series: ds.series.map((s) => s.id) });
	const overTime = lendingOverTimeChart(ds, filters);
	const ranked = lendingRankedChart(ds, filters);
	const world = worldMapChart(ds, filters);
	const debt = debtChart(ds, filters);
	const day = today();
	const sourceLine = sourceTitles(ds);
	const titles = (ids: readonly string[]) => ids.map((id) => sourceLine[id] ?? id);
	return {
		filters,
		notices: boundNotices(notices),
		query: filtersToQuery(filters),
		defaultSource: DEFAULT_SOURCE,
		options: filterOptions(ds),
		overTime,
		ranked,
		world,
		worldFeatures: chartInputs(CHARTS['world-map'], world).features,
		debt,
		actions: {
			overTime: chartActions('lending-over-time', overTime.title, filters, url.origin, day, titles(overTime.documents)),
			ranked: chartActions('lending-ranked', ranked.title, filters, url.origin, day, titles(ranked.documents)),
			world: chartActions('world-map', world.title, filters, url.origin, day, titles(world.documents)),
			debt: chartActions('debt-to-china', debt.title, filters, url.origin, day, titles(debt.documents))
		},
		documents: sourceLine
	};
};
