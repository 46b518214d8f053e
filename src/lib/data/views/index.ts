/**
 * Any chart's view, and whether a string names a chart. Which builder makes which view is
 * the chart registry's table (src/lib/charts/registry.ts).
 */
import type { LendingView } from './lending.ts';
import type { DebtChartView, LendingOverTimeChartView, LendingRankedChartView, WorldMapChartView } from './published.ts';
import type { LendingMapView } from './map.ts';
import type { SanctionsView } from './sanctions.ts';
import type { TimelineView } from './timeline.ts';
import { CHART_IDS, type ChartId } from './types.ts';

export type AnyChartView =
	| LendingView
	| LendingMapView
	| SanctionsView
	| TimelineView
	| LendingOverTimeChartView
	| LendingRankedChartView
	| WorldMapChartView
	| DebtChartView;

export function isChartId(id: string): id is ChartId {
	return (CHART_IDS as readonly string[]).includes(id);
}
