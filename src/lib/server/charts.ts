/** What the server hands a chart component besides its view, as the chart registry declares. */
import type { ChartDefinition } from '../charts/registry.ts';
import type { MapFeature } from '../charts/map/types.ts';
import type { AnyChartView } from '../data/views/index.ts';
import { latinAmericaFeatures, worldFeatures } from './geo.ts';

export function chartInputs(def: ChartDefinition, view?: AnyChartView): { features: readonly MapFeature[] } {
	if (def.needs.mapShapes === 'latin-america') return { features: latinAmericaFeatures() };
	if (def.needs.mapShapes === 'world') {
		// A framed map needs only the shapes around its region.
		return { features: worldFeatures(view?.id === 'world-map' ? view.frame : []) };
	}
	return { features: [] };
}
