/**
 * What a chart's download menu and embed dialog need for the current view: the query, the
 * export file names and the snippet input. Plain data, computed where the view is.
 */
import { CHARTS } from '../charts/registry.ts';
import { formatDay } from '../data/dates.ts';
import { filtersToQuery, type Filters } from '../data/query.ts';
import { chartUrl } from '../data/urls.ts';
import type { ChartId } from '../data/views/types.ts';
import type { SnippetInput } from '../embed/snippets.ts';
import { exportFilename, today } from '../export/filename.ts';

export interface ChartActions {
	readonly chart: ChartId;
	readonly query: string;
	readonly filenames: Readonly<Record<'svg' | 'png' | 'csv' | 'json', string>>;
	readonly snippet: SnippetInput;
	/** The chart page of this view: what "Copy link" copies. */
	readonly permalink: string;
	/** "Title. Lending Lens, 1 Dec 2026. https://…/charts/…?…. Sources: …." */
	readonly citation: string;
}

/** A citation line: title, Lending Lens, the day, the permalink and the documents cited. */
export function citation(title: string, day: string, permalink: string, sources: readonly string[]): string {
	const cited = sources.length ? ` Sources: ${sources.join('; ')}.` : '';
	return `${title}. Lending Lens, ${formatDay(day)}. ${permalink}.${cited}`;
}

/** `sources`: the titles of the documents the view cites, for the citation line. */
export function chartActions(
	chart: ChartId,
	title: string,
	f: Filters,
	origin: string,
	day: string,
	sources: readonly string[] = []
): ChartActions {
	const query = filtersToQuery(f);
	const name = (ext: string) => exportFilename(chart, f, day, ext);
	const permalink = chartUrl(chart, query, origin);
	return {
		permalink,
		citation: citation(title, day, permalink, sources),
		chart,
		query,
		filenames: { svg: name('svg'), png: name('png'), csv: name('csv'), json: name('json') },
		snippet: { origin, chart, query, title, height: CHARTS[chart].embedHeight }
	};
}

/**
 * The menus of every chart on one filtered page: one day and one origin for them all, each
 * chart's sources named by their titles (`titles`: document id to title).
 */
export function pageActions(
	f: Filters,
	origin: string,
	titles: Readonly<Record<string, string>>
): (chart: ChartId, view: { readonly title: string; readonly documents: readonly string[] }) => ChartActions {
	const day = today();
	return (chart, view) =>
		chartActions(
			chart,
			view.title,
			f,
			origin,
			day,
			view.documents.map((id) => titles[id] ?? id)
		);
}
