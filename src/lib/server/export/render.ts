/**
 * A chart as a finished figure, rendered on the server with the same Svelte components as the
 * page: standalone SVG (fonts embedded, provenance in <metadata>) and PNG (same fonts, tEXt).
 */
import { render } from 'svelte/server';
import Chart from '../../charts/Chart.svelte';
import { DARK, LIGHT } from '../../charts/theme.ts';
import { describeFilters } from '../../data/filters.ts';
import { filtersToQuery, type Filters } from '../../data/query.ts';
import type { Dataset } from '../../data/types.ts';
import { chartView, type AnyChartView } from '../../data/views/index.ts';
import type { ChartId } from '../../data/views/types.ts';
import { composeFigure, layoutFigure, type FigureText } from '../../export/figure.ts';
import { latinAmericaFeatures } from '../geo.ts';
import { embeddedFontCss } from './fonts.ts';
import { chartParts } from './extract.ts';
import { rasterise } from '../pool/raster.ts';
import { withTextChunks } from './png.ts';

export const THEMES = { light: LIGHT, dark: DARK } as const;
export type ThemeName = keyof typeof THEMES;

export interface FigureOptions {
	readonly width: number;
	readonly height: number;
	readonly theme: ThemeName;
	/** The app's origin, for the permalink. */
	readonly origin: string;
	/** YYYY-MM-DD, the day the figure is made. */
	readonly date: string;
	/**
	 * Embed the subset fonts in the SVG (default). Off for a PNG: resvg draws with the font
	 * files themselves, and subsetting is most of the work of making a figure.
	 */
	readonly embedFonts?: boolean;
}

export interface Figure {
	readonly view: AnyChartView;
	readonly svg: string;
	readonly permalink: string;
	readonly text: FigureText;
	readonly documents: readonly { id: string; title: string; url: string | null }[];
	readonly datasetVersion: string;
}

export class FigureTooSmall extends Error {}

const LEGEND_GAP = 8;
/** The smallest scale a chart may be drawn at to fit a figure. */
const MIN_FIT = 0.6;

function renderChart(view: AnyChartView, width: number, height: number | undefined, theme: ThemeName): string {
	const features = view.id === 'lending-map' ? latinAmericaFeatures() : [];
	return render(Chart, { props: { view, features, width, height, theme: THEMES[theme] } }).body;
}

export function permalinkOf(origin: string, id: ChartId, f: Filters): string {
	return `${origin}/charts/${id}${filtersToQuery(f)}`;
}

export async function renderFigure(ds: Dataset, id: ChartId, f: Filters, o: FigureOptions): Promise<Figure> {
	const view = chartView(ds, id, f);
	const documents = view.documents.map((docId) => {
		const d = ds.documents.find((x) => x.id === docId);
		return { id: docId, title: d?.title ?? docId, url: d?.url ?? null, publisher: d?.publisher ?? '', date: d?.date.label ?? '' };
	});
	const permalink = permalinkOf(o.origin, id, f);
	const text: FigureText = {
		title: view.title,
		subtitle: `${view.subtitle}${view.subtitle.includes(describeFilters(ds, f)) ? '' : ` · ${describeFilters(ds, f)}`}`,
		legend: [],
		sourceLine: documents.length
			? `Source${documents.length > 1 ? 's' : ''}: ${documents.map((d) => `${d.title} (${d.publisher}, ${d.date})`).join('; ')}`
			: 'Sources: no records under these filters',
		credit: 'Lending Lens',
		permalink,
		date: o.date
	};
	const layout = layoutFigure(o.width, o.height, text);
	const theme = THEMES[o.theme];

	// First pass: how tall the chart's own legend is at this width. Second: the plot fills the rest.
	const selfContained = view.id === 'timeline';
	const first = chartParts(renderChart(view, layout.chart.width, undefined, o.theme), selfContained);
	const legendHeight = first.legends.reduce((h, l) => h + l.height + LEGEND_GAP, 0);
	const plotHeight = layout.chart.height - legendHeight;
	if (plotHeight < 80) {
		throw new FigureTooSmall(`height=${o.height} leaves no room for the chart at width=${o.width}; use at least ${o.height + 80 - plotHeight}`);
	}
	const parts = chartParts(renderChart(view, layout.chart.width, plotHeight, o.theme), selfContained);
	// A chart that cannot fold to the height asked for is scaled down to fit, within reason.
	const fit = Math.min(1, plotHeight / Math.max(1, parts.plotHeight));
	if (fit < MIN_FIT) {
		throw new FigureTooSmall(`height=${o.height} is too small for this chart at width=${o.width}; use at least ${Math.ceil(o.height + parts.plotHeight * MIN_FIT - plotHeight)}`);
	}
	let y = 0;
	const legends = parts.legends.map((l) => {
		const m = l.markup.replace(/^<svg/, `<svg x="0" y="${y}"`);
		y += l.height + LEGEND_GAP;
		return m;
	});
	const scaled = fit < 1 ? `<g transform="translate(${((layout.chart.width * (1 - fit)) / 2).toFixed(1)},0) scale(${fit.toFixed(4)})">${parts.plot}</g>` : parts.plot;
	const chartMarkup = `${legends.join('')}<g transform="translate(0,${y})">${scaled}</g>`;
	const provenance = { permalink, datasetVersion: ds.version, documents };
	const draft = composeFigure({ layout, text, theme, provenance, chartMarkup, fontCss: '' });
	const used = draft.replace(/<metadata>[\s\S]*?<\/metadata>/, '').replace(/<[^>]+>/g, ' ');
	const fontCss = o.embedFonts === false ? '' : await embeddedFontCss(decodeEntities(used));
	return {
		view,
		svg: composeFigure({ layout, text, theme, provenance, chartMarkup, fontCss }),
		permalink,
		text,
		documents,
		datasetVersion: ds.version
	};
}

function decodeEntities(s: string): string {
	return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (m, e: string) => {
		const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
		if (named[e.toLowerCase()]) return named[e.toLowerCase()] as string;
		const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		return Number.isFinite(code) ? String.fromCodePoint(code) : m;
	});
}

/** The figure as PNG, rasterised on a worker thread (QueueFullError when all are busy). */
export async function figurePng(fig: Figure, scale: number, signal?: AbortSignal): Promise<Buffer> {
	return withTextChunks(await rasterise(fig.svg, scale, signal), figurePngText(fig));
}

/** What a figure's PNG says about itself in its tEXt chunks. */
export function figurePngText(fig: Figure): Record<string, string> {
	return {
		Title: fig.text.title,
		Description: fig.text.subtitle,
		Source: fig.documents.map((d) => `${d.title} [${d.id}]${d.url ? ` ${d.url}` : ''}`).join('; '),
		Permalink: fig.permalink,
		'Dataset-Version': fig.datasetVersion,
		Software: 'Lending Lens',
		'Creation Time': fig.text.date
	};
}
