/** What the server hands a chart component besides its view, as the chart registry declares. */
import type { ChartDefinition } from '../charts/registry.ts';
import type { MapFeature } from '../charts/map/types.ts';
import type { AnyChartView } from '../data/views/index.ts';
import { latinAmericaFeatures, worldFeatures } from './geo.ts';

/** Which shapes a chart draws: none, Latin America's, or the world's around the countries in focus. */
type Shapes = { readonly map: 'latin-america' } | { readonly map: 'world'; readonly focus: readonly string[] } | null;

function shapesOf(def: ChartDefinition, view?: AnyChartView): Shapes {
	if (def.needs.mapShapes === 'latin-america') return { map: 'latin-america' };
	if (def.needs.mapShapes === 'world') {
		// A framed map needs only the shapes around its region.
		return { map: 'world', focus: view?.id === 'world-map' ? view.frame : [] };
	}
	return null;
}

/** The shapes themselves, for what the server draws alone (embeds, exports). */
export function chartInputs(def: ChartDefinition, view?: AnyChartView): { features: readonly MapFeature[] } {
	const shapes = shapesOf(def, view);
	if (!shapes) return { features: [] };
	return { features: shapes.map === 'latin-america' ? latinAmericaFeatures() : worldFeatures(shapes.focus) };
}

/**
 * Where a page fetches the shapes (the /geo route), or null for a chart without a map. The
 * shapes stay out of the page's data, so a filter change does not send them again: the
 * browser keeps them by this address, which names the build they were made by.
 */
export function shapesHref(def: ChartDefinition, view: AnyChartView | undefined, build: string): string | null {
	const shapes = shapesOf(def, view);
	if (!shapes) return null;
	const q = new URLSearchParams({ v: build });
	if (shapes.map === 'world' && shapes.focus.length) q.set('focus', shapes.focus.join(','));
	return `/geo/${shapes.map}.json?${q}`;
}
