/**
 * A chart as a finished figure, rendered on the server: Figure.svelte's own output is the
 * SVG file (fonts embedded, provenance in <metadata>); the PNG is that figure without the
 * embedded fonts (resvg loads the same font files itself), with the provenance in tEXt chunks.
 */
import { render } from 'svelte/server';
import FigureSvg from '../../charts/Figure.svelte';
import { FigureTooSmall } from '../../charts/common/figure-context.ts';
import { CHARTS } from '../../charts/registry.ts';
import type { ThemeName } from '../../charts/theme.ts';
import { datasetDate } from '../../data/as-of.ts';
import { formatDay } from '../../data/dates.ts';
import { describeFilters } from '../../data/filters.ts';
import { NO_FILTERS, type Filters } from '../../data/query.ts';
import type { Dataset } from '../../data/types.ts';
import { chartUrl } from '../../data/urls.ts';
import type { AnyChartView } from '../../data/views/index.ts';
import type { ChartId } from '../../data/views/types.ts';
import { figureMetadata, layoutFigure, type FigureText } from '../../export/figure.ts';
import { chartInputs } from '../charts.ts';
import { LIMITS } from './params.ts';
import { embeddedFontCss, glyphSet, rasterFonts } from './fonts.ts';
import { outlineSvg, rasterise } from '../pool/raster.ts';
import { escapeXml } from '../../export/escape.ts';
import { resvgOptions } from './png.ts';

export interface FigureOptions {
	readonly width: number;
	readonly height: number;
	/** How tall the figure may grow when the chart would fold content away at `height`. Default: `height`. */
	readonly growTo?: number;
	readonly theme: ThemeName;
	/** The app's origin, for the permalink. */
	readonly origin: string;
	/**
	 * Embed the fonts (subset) in the SVG: for the SVG file. A PNG needs none, since resvg
	 * loads the same font files itself.
	 */
	readonly embedFonts?: boolean;
}

export interface Figure {
	readonly view: AnyChartView;
	/** The figure as one SVG document, drawn once. */
	readonly svg: string;
	readonly permalink: string;
	readonly text: FigureText;
	readonly documents: readonly { id: string; title: string; url: string | null }[];
	readonly datasetVersion: string;
	/** The figure's <metadata> element (RDF/XML, every value escaped). */
	readonly metadata: string;
	/** Every character the figure could draw: what its fonts are subset to. */
	readonly glyphs: string;
}

/** The figure's height leaves too little room for the chart; the message names the parameter. */
export class FigureTooSmallError extends Error {}

export function permalinkOf(origin: string, id: ChartId, f: Filters): string {
	return chartUrl(id, f, origin);
}

export async function renderFigure(ds: Dataset, id: ChartId, f: Filters, o: FigureOptions): Promise<Figure> {
	const def = CHARTS[id];
	const view = def.view(ds, f);
	const documents = view.documents.map((docId) => {
		const d = ds.documents.find((x) => x.id === docId);
		// A published table's licence asks every reuse to name its publisher, release and licence.
		const t = d ? undefined : ds.datasets.find((x) => x.id === docId);
		if (t)
			return {
				id: docId,
				title: t.title,
				url: t.url,
				publisher: `${t.publisher}, ${t.release}, licence ${t.licence.id}`,
				date: t.published?.label ?? ''
			};
		return {
			id: docId,
			title: d?.title ?? docId,
			url: d?.url ?? null,
			publisher: d?.publisher ?? '',
			date: d?.date.label ?? ''
		};
	});
	const permalink = permalinkOf(o.origin, id, f);
	const filters = describeFilters(ds, f);
	const asOf = datasetDate(ds);
	const text: FigureText = {
		title: view.title,
		subtitle: `${view.subtitle}${view.subtitle.includes(filters) ? '' : ` · ${filters}`}`,
		legend: [],
		sourceLine: documents.length
			? `Source${documents.length > 1 ? 's' : ''}: ${documents.map((d) => `${d.title} (${d.publisher}${d.date ? `, ${d.date}` : ''})`).join('; ')}`
			: 'Sources: no records under these filters',
		credit: 'Lending Lens',
		permalink,
		date: asOf ? `data as of ${formatDay(asOf)}` : `dataset ${ds.version}`
	};
	let layout = layoutFigure(o.width, o.height, text);
	const metadata = figureMetadata({ permalink, datasetVersion: ds.version, documents }, text);
	const props = { view, ...chartInputs(def, view), text, theme: o.theme, metadata };
	// The embedded fonts carry every character the dataset's charts and this figure's text
	// could show: a superset of what is drawn, known before drawing, and for most figures of
	// a dataset the same set, so its subset is made once and reused (see fonts.ts).
	const glyphs = glyphSet(datasetGlyphs(ds) + JSON.stringify(view) + Object.values(text).join(''));
	const fontCss = o.embedFonts === false ? '' : await embeddedFontCss(glyphs);
	let svg: string;
	try {
		// The XML declaration comes first, so tools that sniff a file take it for XML before the
		// comments Svelte's server renderer leaves in its output.
		// A chart that had to fold content away at `height` (the timeline's rows) gets the
		// taller figure it may grow to. Then the figure ends where its content does: a chart
		// that needs less than its box (a sanctions chart of one sector, a timeline with few
		// rows) says what it used, and the figure is laid out again to that height.
		let used = layout.chart.height;
		let folded = false;
		const draw = () => {
			used = layout.chart.height;
			folded = false;
			return render(FigureSvg, {
				props: {
					...props,
					layout,
					fontCss,
					onused: (h: number) => (used = Math.min(used, h)),
					onfolded: () => (folded = true)
				}
			}).body;
		};
		const canGrow = o.growTo !== undefined && o.growTo > o.height;
		let body = '';
		try {
			body = draw();
		} catch (e) {
			// Too small even folded: a figure that may grow tries its tallest first.
			if (!(e instanceof FigureTooSmall) || !canGrow) throw e;
			folded = true;
		}
		let height = o.height;
		if (folded && canGrow && o.growTo) {
			height = o.growTo;
			layout = layoutFigure(o.width, height, text);
			body = draw();
		}
		const spare = Math.floor(layout.chart.height - Math.ceil(used));
		if (spare > 0) {
			layout = layoutFigure(o.width, Math.max(LIMITS.minSide, height - spare), text);
			body = draw();
		}
		svg = XML_DECLARATION + body;
	} catch (e) {
		if (e instanceof FigureTooSmall) {
			throw new FigureTooSmallError(
				`height=${o.height} is too small for this chart at width=${o.width}; use at least ${o.height + e.more}`
			);
		}
		throw e;
	}
	return { view, svg, permalink, text, documents, datasetVersion: ds.version, metadata, glyphs };
}

/**
 * The figure with every glyph a path, for tools that ignore an embedded web font (librsvg,
 * design tools): resvg writes out the SVG it would draw, its text laid out in the project's
 * fonts and turned into outlines, by a worker process. That writer keeps only what is drawn,
 * so the title, description, provenance and role are put back into its root element. `fig`
 * should be drawn without embedded fonts: resvg loads the font files itself.
 */
export async function figureOutlineSvg(fig: Figure, signal?: AbortSignal): Promise<string> {
	const drawn = await outlineSvg(fig.svg, resvgOptions(1), signal);
	// The end of resvg's root tag, `<svg width=… viewBox=… xmlns=…>`: its attributes hold no '>'.
	const open = drawn.indexOf('>') + 1;
	const title = escapeXml(fig.text.title);
	return (
		XML_DECLARATION +
		`<svg role="img" aria-label="${title}" ${drawn.slice('<svg '.length, open)}` +
		`<title>${title}</title><desc>${escapeXml(fig.text.subtitle)}</desc>${fig.metadata}` +
		drawn.slice(open)
	);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const glyphsOf = new WeakMap<Dataset, string>();

/** Every character the charts of a dataset show with no filters. */
function datasetGlyphs(ds: Dataset): string {
	let g = glyphsOf.get(ds);
	if (g === undefined) {
		g = glyphSet(
			Object.values(CHARTS)
				.map((c) => JSON.stringify(c.view(ds, NO_FILTERS)))
				.join('')
		);
		glyphsOf.set(ds, g);
	}
	return g;
}

/** The figure as PNG, rasterised by a worker process (QueueFullError when all are busy). */
export async function figurePng(fig: Figure, scale: number, signal?: AbortSignal): Promise<Buffer> {
	const fonts = await rasterFonts(fig.glyphs);
	return Buffer.from(await rasterise(fig.svg, { resvg: resvgOptions(scale), fonts, text: figurePngText(fig) }, signal));
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
		'Dataset-Date': fig.text.date
	};
}
