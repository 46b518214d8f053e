/**
 * Every chart by id: its view for a dataset and filters. Pages, embeds, exports and oEmbed
 * all go through here, so a chart is the same wherever it appears.
 */
import type { Filters } from '../query.ts';
import type { Dataset } from '../types.ts';
import { lendingView, type LendingView } from './lending.ts';
import { mapView, type LendingMapView } from './map.ts';
import { sanctionsView, type SanctionsView } from './sanctions.ts';
import { timelineView, type TimelineView } from './timeline.ts';
import { CHART_IDS, type ChartId } from './types.ts';

export type AnyChartView = LendingView | LendingMapView | SanctionsView | TimelineView;

export function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
}

export function chartView(ds: Dataset, id: ChartId, f: Filters): AnyChartView {
	switch (id) {
		case 'lending-by-country':
			return lendingView(ds, f);
		case 'lending-map':
			return mapView(ds, f);
		case 'sanctions-over-time':
			return sanctionsView(ds, f);
		case 'timeline':
			return timelineView(ds, f);
	}
}
