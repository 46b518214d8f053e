/**
 * A chart as a finished, citable figure: where its title, subtitle, chart and footer go at a
 * size (layoutFigure), and its provenance as RDF (figureMetadata). Pure: Figure.svelte draws
 * the figure from these.
 */
import { textWidth, wrapText } from '../charts/common/text.ts';
import { formatDay } from '../data/dates.ts';
import { escapeXml } from './escape.ts';

export interface LegendItem {
	readonly label: string;
	readonly colour: string;
	readonly shape?: 'rect' | 'circle' | 'diamond' | 'tick' | 'line';
}

export interface FigureText {
	readonly title: string;
	readonly subtitle: string;
	readonly legend: readonly LegendItem[];
	/** "Sources: …" */
	readonly sourceLine: string;
	readonly credit: string;
	readonly permalink: string;
	/** The date line, in the site's one date format: "data as of 26 Nov 2026" (a bare YYYY-MM-DD is written so too). */
	readonly date: string;
}

export interface Provenance {
	readonly permalink: string;
	readonly datasetVersion: string;
	readonly documents: readonly { id: string; title: string; url: string | null }[];
}

export interface FigureLayout {
	readonly width: number;
	readonly height: number;
	readonly pad: number;
	readonly titleLines: readonly string[];
	readonly subtitleLines: readonly string[];
	readonly legendRows: readonly (readonly { item: LegendItem; x: number }[])[];
	readonly sourceLines: readonly string[];
	/** Credit, permalink and date, wrapped like the source line (a long permalink may need two lines). */
	readonly footerLines: readonly string[];
	/** Where the chart goes, and its size. */
	readonly chart: { x: number; y: number; width: number; height: number };
	readonly size: { title: number; subtitle: number; legend: number; source: number };
}

/** Lines of the figure's own text, measured like every label (text.ts). */
export const wrap = wrapText;

export function layoutFigure(width: number, height: number, text: FigureText): FigureLayout {
	const pad = Math.round(Math.max(12, Math.min(32, width * 0.025)));
	const inner = width - 2 * pad;
	const size = {
		title: width < 500 ? 18 : 22,
		subtitle: width < 500 ? 13 : 15,
		legend: 13,
		source: 12
	};
	const titleLines = wrap(text.title, inner, size.title, 'semibold');
	const subtitleLines = wrap(text.subtitle, inner, size.subtitle);
	const legendRows: { item: LegendItem; x: number }[][] = [];
	let row: { item: LegendItem; x: number }[] = [];
	let x = 0;
	for (const item of text.legend) {
		const w = 18 + textWidth(item.label, size.legend) + 16;
		if (x + w > inner && row.length) {
			legendRows.push(row);
			row = [];
			x = 0;
		}
		row.push({ item, x });
		x += w;
	}
	if (row.length) legendRows.push(row);
	const sourceLines = wrap(text.sourceLine, inner, size.source);
	const footerLines = wrap(`${text.credit} · ${text.permalink} · ${formatDay(text.date)}`, inner, size.source);
	const header =
		pad +
		titleLines.length * size.title * 1.2 +
		4 +
		subtitleLines.length * size.subtitle * 1.3 +
		(legendRows.length ? 8 + legendRows.length * size.legend * 1.6 : 0) +
		10;
	const footer = 10 + (sourceLines.length + footerLines.length) * size.source * 1.35 + pad;
	return {
		width,
		height,
		pad,
		titleLines,
		subtitleLines,
		legendRows,
		sourceLines,
		footerLines,
		// The footer keeps its room: a chart that needs more than what is left is scaled down
		// to fit, or the size is refused (FigureTooSmall), never drawn over the source line.
		chart: { x: pad, y: Math.round(header), width: inner, height: Math.max(0, Math.round(height - header - footer)) },
		size
	};
}

/** The figure's provenance as RDF/XML for its <metadata>, every value escaped. */
export function figureMetadata(p: Provenance, text: FigureText): string {
	const docs = p.documents
		.map((d) => `<dc:source>${escapeXml(`${d.title} [${d.id}]${d.url ? ` ${d.url}` : ''}`)}</dc:source>`)
		.join('');
	return (
		`<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:ll="https://lending-lens.org/ns/export#">` +
		`<rdf:Description rdf:about="${escapeXml(p.permalink)}">` +
		`<dc:title>${escapeXml(text.title)}</dc:title><dc:description>${escapeXml(text.subtitle)}</dc:description>` +
		`<dc:date>${escapeXml(text.date)}</dc:date><dc:publisher>${escapeXml(text.credit)}</dc:publisher>` +
		`<dc:identifier>${escapeXml(p.permalink)}</dc:identifier>${docs}` +
		`<ll:datasetVersion>${escapeXml(p.datasetVersion)}</ll:datasetVersion>` +
		`</rdf:Description></rdf:RDF></metadata>`
	);
}
