/**
 * Every chart, in one table: its view builder (pure, from src/lib/data/views), the component
 * that draws it, and what the server must hand that component besides the view (map shapes).
 * Pages, /charts/[chart], /embed/[chart], exports, oEmbed and the download and embed menus all
 * read this table, so adding a chart is one entry here plus its layers.
 */
import type { Component } from 'svelte';
import type { Filters } from '../data/query.ts';
import type { Dataset } from '../data/types.ts';
import type { ZoomDays } from '../data/zoom.ts';
import type { AnyChartView } from '../data/views/index.ts';
import { lendingView } from '../data/views/lending.ts';
import { mapView } from '../data/views/map.ts';
import { sanctionsView } from '../data/views/sanctions.ts';
import { timelineView } from '../data/views/timeline.ts';
import { debtChart, lendingOverTimeChart, lendingRankedChart, worldMapChart } from '../data/views/published.ts';
import { CHART_IDS, type ChartId } from '../data/views/types.ts';
import Timeline from '../timeline/Timeline.svelte';
import LendingByCountry from './lending/LendingByCountry.svelte';
import LendingMap from './map/LendingMap.svelte';
import type { MapFeature } from './map/types.ts';
import DebtToChina from './published/DebtToChina.svelte';
import LendingOverTime from './published/LendingOverTime.svelte';
import LendingRanked from './published/LendingRanked.svelte';
import WorldMap from './published/WorldMap.svelte';
import SanctionsOverTime from './sanctions/SanctionsOverTime.svelte';

/** What every chart component accepts; a chart ignores what it does not draw with. */
export interface ChartProps {
	view: AnyChartView;
	/** Width drawn on the server and before the container is measured. */
	width?: number;
	/** Height of the plot; default: the chart's natural height. */
	height?: number;
	/** Tallest the chart grows when `height` is not given (the map). */
	maxHeight?: number;
	/** Country shapes, for charts that declare `needs.mapShapes`. */
	features?: readonly MapFeature[];
	/** For the timeline: called when the reader commits a period. */
	onwindowchange?: (from: string | null, to: string | null) => void;
	/** For the timeline: the days to open on (the URL's `zoom`), and what to call when the reader zooms. */
	initialWindow?: ZoomDays;
	onzoomchange?: (zoom: ZoomDays | null) => void;
}

export interface ChartDefinition {
	readonly id: ChartId;
	/** The chart's view under the filters: the one input of the component, the table and the data files. */
	readonly view: (ds: Dataset, f: Filters) => AnyChartView;
	readonly component: Component<ChartProps>;
	/** What the server loads for the component besides the view: which map shapes, if any. */
	readonly needs: { readonly mapShapes: false | 'latin-america' | 'world' };
	/** Initial height of an embed frame, close to the chart's usual height so the host page does not jump. */
	readonly embedHeight: number;
	/** Tallest the chart grows on a page when no height is asked for. */
	readonly maxHeight?: number;
}

// Each component's own Props are narrower than ChartProps (a view of its kind); the view
// builder in the same entry guarantees the component gets its kind.
const as = (c: unknown) => c as Component<ChartProps>;

export const CHARTS: { readonly [K in ChartId]: ChartDefinition & { readonly id: K } } = {
	'lending-by-country': {
		id: 'lending-by-country',
		view: lendingView,
		component: as(LendingByCountry),
		needs: { mapShapes: false },
		embedHeight: 560
	},
	'lending-map': {
		id: 'lending-map',
		view: mapView,
		component: as(LendingMap),
		needs: { mapShapes: 'latin-america' },
		embedHeight: 640,
		maxHeight: 520
	},
	'sanctions-over-time': {
		id: 'sanctions-over-time',
		view: sanctionsView,
		component: as(SanctionsOverTime),
		needs: { mapShapes: false },
		embedHeight: 520
	},
	timeline: {
		id: 'timeline',
		view: timelineView,
		component: as(Timeline),
		needs: { mapShapes: false },
		embedHeight: 560
	},
	'lending-over-time': {
		id: 'lending-over-time',
		view: lendingOverTimeChart,
		component: as(LendingOverTime),
		needs: { mapShapes: false },
		embedHeight: 520
	},
	'lending-ranked': {
		id: 'lending-ranked',
		view: lendingRankedChart,
		component: as(LendingRanked),
		needs: { mapShapes: false },
		embedHeight: 760
	},
	'world-map': {
		id: 'world-map',
		view: worldMapChart,
		component: as(WorldMap),
		needs: { mapShapes: 'world' },
		embedHeight: 640,
		maxHeight: 520
	},
	'debt-to-china': {
		id: 'debt-to-china',
		view: debtChart,
		component: as(DebtToChina),
		needs: { mapShapes: false },
		embedHeight: 520
	}
};

/** The chart a URL names, if any: an own key of the table (never `constructor` or `__proto__`). */
export function chartDefinition(id: string): ChartDefinition | undefined {
	return Object.hasOwn(CHARTS, id) ? CHARTS[id as ChartId] : undefined;
}

export { CHART_IDS };
