/** What the server hands a chart component besides its view, as the chart registry declares. */
import type { ChartDefinition } from '../charts/registry.ts';
import type { MapFeature } from '../charts/map/types.ts';
import { latinAmericaFeatures } from './geo.ts';

export function chartInputs(def: ChartDefinition): { features: readonly MapFeature[] } {
	return { features: def.needs.mapShapes ? latinAmericaFeatures() : [] };
}
