/**
 * What an embed page loads: the chart's view under the link's filters, the widget's own
 * switches (`theme=light|dark|auto`, `title=0|1`, `controls=0|1`), and a note for every
 * parameter it had to ignore. Never an error for a bad parameter.
 */
import { boundNotices, datasetChoices, filtersToQuery, parseFilters, shown, type Notice } from '../data/filters.ts';
import { chartUrl, exportUrl } from '../data/urls.ts';
import type { ChartDefinition } from '../charts/registry.ts';
import { chartInputs } from './charts.ts';
import { getDataset } from './dataset.ts';

const THEMES = ['light', 'dark', 'auto'] as const;
/** Width drawn when the link names none, before the widget script measures its frame. */
const DEFAULT_WIDTH = 600;
export type EmbedTheme = (typeof THEMES)[number];

export function loadEmbed(def: ChartDefinition, url: URL) {
	const chart = def.id;
	const ds = getDataset();
	const q = url.searchParams;
	const { filters, notices } = parseFilters(q, {
		...datasetChoices(ds),
		alsoAllowed: ['theme', 'title', 'controls', 'w']
	});
	const all: Notice[] = [...notices];
	const flag = (name: string): boolean => {
		const v = q.get(name);
		if (v === null || v === '1' || v === 'true') return true;
		if (v === '0' || v === 'false') return false;
		all.push({ param: name, message: `${name}=${shown(v)} was ignored: use 0 or 1.` });
		return true;
	};
	const rawTheme = q.get('theme') ?? 'light';
	let theme: EmbedTheme = 'light';
	if ((THEMES as readonly string[]).includes(rawTheme)) theme = rawTheme as EmbedTheme;
	else all.push({ param: 'theme', message: `theme=${shown(rawTheme)} was ignored: use light, dark or auto.` });
	// The chart's width in pixels: the widget script asks for the width its frame has.
	const rawWidth = q.get('w');
	let width = DEFAULT_WIDTH;
	if (rawWidth !== null) {
		const n = Number(rawWidth);
		if (Number.isInteger(n) && n >= 240 && n <= 2000) width = n;
		else all.push({ param: 'w', message: `w=${shown(rawWidth)} was ignored: use a width in pixels from 240 to 2000.` });
	}
	const view = def.view(ds, filters);
	const query = filtersToQuery(filters);
	return {
		view,
		theme,
		width,
		showTitle: flag('title'),
		showControls: flag('controls'),
		notices: boundNotices(all),
		query,
		fullView: chartUrl(chart, query, url.origin),
		image: exportUrl(chart, 'png', query, { width: 1200, height: 630 }, url.origin),
		...chartInputs(def, view),
		sources: view.documents.flatMap((id) => {
			const d = ds.documents.find((x) => x.id === id);
			if (d) return [{ id: d.id, title: d.title, publisher: d.publisher }];
			// A published table: its publisher, release and licence, as the licence asks.
			const t = ds.datasets.find((x) => x.id === id);
			return t
				? [{ id: t.id, title: t.title, publisher: `${t.publisher}, ${t.release}, licence ${t.licence.id}` }]
				: [];
		})
	};
}
