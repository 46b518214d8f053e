import { error } from '@sveltejs/kit';
import { filtersToQuery, parseFilters } from '$lib/data/filters.ts';
import { chartView, isChartId } from '$lib/data/views/index.ts';
import { CHART_IDS } from '$lib/data/views/types.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { latinAmericaFeatures } from '$lib/server/geo.ts';
import type { PageServerLoad } from './$types';

const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];

/**
 * A chart as a widget for other sites: the figure alone, with its source line and a link to
 * the full view. `theme=light|dark|auto`, `title=0` hides the title, `controls=0` the links.
 * Unknown or malformed parameters are ignored with a note in the widget.
 */
export const load: PageServerLoad = ({ params, url }) => {
	if (!isChartId(params.chart)) error(404, `No chart "${params.chart}". Charts: ${CHART_IDS.join(', ')}.`);
	const ds = getDataset();
	const q = url.searchParams;
	const { filters, notices } = parseFilters(q, { series: ds.series.map((s) => s.id), alsoAllowed: ['theme', 'title', 'controls'] });
	const flag = (name: string): boolean => {
		const v = q.get(name);
		if (v === null || v === '1' || v === 'true') return true;
		if (v === '0' || v === 'false') return false;
		notices.push({ param: name, message: `${name}=${v} was ignored: use 0 or 1.` });
		return true;
	};
	const rawTheme = q.get('theme') ?? 'light';
	let theme: Theme = 'light';
	if ((THEMES as readonly string[]).includes(rawTheme)) theme = rawTheme as Theme;
	else notices.push({ param: 'theme', message: `theme=${rawTheme} was ignored: use light, dark or auto.` });
	const view = chartView(ds, params.chart, filters);
	const query = filtersToQuery(filters);
	return {
		view,
		theme,
		showTitle: flag('title'),
		showControls: flag('controls'),
		notices,
		query,
		fullView: `${url.origin}/charts/${params.chart}${query}`,
		features: view.id === 'lending-map' ? latinAmericaFeatures() : [],
		sources: view.documents.map((id) => ds.documents.find((d) => d.id === id)).filter((d) => !!d).map((d) => ({ id: d.id, title: d.title, publisher: d.publisher }))
	};
};
