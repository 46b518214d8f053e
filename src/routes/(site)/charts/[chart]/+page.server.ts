import { error } from '@sveltejs/kit';
import { chartDefinition, CHART_IDS } from '$lib/charts/registry.ts';
import { chartActions } from '$lib/dashboard/actions.ts';
import { today } from '$lib/export/filename.ts';
import { boundNotices, datasetChoices, parseFilters } from '$lib/data/filters.ts';
import { DEFAULT_SOURCE, filterOptions } from '$lib/data/views/overview.ts';
import { readZoom, ZOOM_PARAM } from '$lib/data/zoom.ts';
import { sourceTitles } from '$lib/data/views/published.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { version } from '$app/environment';
import { shapesHref } from '$lib/server/charts.ts';
import type { PageServerLoad } from './$types';

/** One chart on its own page: the permalink of a view, and what embeds and exports cite. */
export const load: PageServerLoad = ({ params, url }) => {
	const def = chartDefinition(params.chart);
	if (!def) error(404, `No chart "${params.chart}". Charts: ${CHART_IDS.join(', ')}.`);
	const ds = getDataset();
	// Only the timeline zooms, so only its page takes `zoom`.
	const zooms = def.id === 'timeline';
	const parsed = parseFilters(url.searchParams, {
		...datasetChoices(ds),
		alsoAllowed: zooms ? [ZOOM_PARAM] : []
	});
	const { filters } = parsed;
	const { zoom, notice } = zooms ? readZoom(url.searchParams) : { zoom: null, notice: null };
	const notices = notice ? [...parsed.notices, notice] : parsed.notices;
	const view = def.view(ds, filters);
	const sourceLine = sourceTitles(ds);
	const titles = view.documents.map((id) => sourceLine[id] ?? id);
	const actions = chartActions(def.id, view.title, filters, url.origin, today(), titles);
	return {
		view,
		filters,
		notices: boundNotices(notices),
		zoom,
		actions,
		options: filterOptions(ds),
		defaultSource: DEFAULT_SOURCE,
		shapes: shapesHref(def, view, version),
		origin: url.origin,
		documents: sourceLine
	};
};
