/**
 * What a chart's download menu and embed dialog need for the current view: the query, the
 * export file names and the snippet input. Plain data, computed where the view is.
 */
import { CHARTS } from '../charts/registry.ts';
import { filtersToQuery, type Filters } from '../data/query.ts';
import type { ChartId } from '../data/views/types.ts';
import type { SnippetInput } from '../embed/snippets.ts';
import { exportFilename } from '../export/filename.ts';

export interface ChartActions {
	readonly chart: ChartId;
	readonly query: string;
	readonly filenames: Readonly<Record<'svg' | 'png' | 'csv' | 'json', string>>;
	readonly snippet: SnippetInput;
}

export function chartActions(chart: ChartId, title: string, f: Filters, origin: string, day: string): ChartActions {
	const query = filtersToQuery(f);
	const name = (ext: string) => exportFilename(chart, f, day, ext);
	return {
		chart,
		query,
		filenames: { svg: name('svg'), png: name('png'), csv: name('csv'), json: name('json') },
		snippet: { origin, chart, query, title, height: CHARTS[chart].embedHeight }
	};
}
