/**
 * A chart as a finished, citable figure: one standalone SVG with its title, a subtitle
 * stating the filters, a legend, the chart, the source line, the credit, the permalink and
 * the date, its fonts embedded and its provenance in <metadata>. Pure string composition:
 * the same function serves the server export and any client that has the chart's markup.
 */
import type { ChartTheme } from '../charts/theme.ts';
import { FONT_FAMILY } from '../charts/theme.ts';
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
	/** YYYY-MM-DD */
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
	readonly footerLine: string;
	/** Where the chart goes, and its size. */
	readonly chart: { x: number; y: number; width: number; height: number };
	readonly size: { title: number; subtitle: number; legend: number; source: number };
}

/** Average advance of Source Sans 3 per em, used to wrap lines without measuring. */
const EM_ADVANCE = 0.47;

export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
	const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * EM_ADVANCE)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (!line) line = word;
		else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

export function layoutFigure(width: number, height: number, text: FigureText): FigureLayout {
	const pad = Math.round(Math.max(12, Math.min(32, width * 0.025)));
	const inner = width - 2 * pad;
	const size = {
		title: width < 500 ? 18 : 22,
		subtitle: width < 500 ? 13 : 15,
		legend: 13,
		source: 12
	};
	const titleLines = wrap(text.title, inner, size.title);
	const subtitleLines = wrap(text.subtitle, inner, size.subtitle);
	const legendRows: { item: LegendItem; x: number }[][] = [];
	let row: { item: LegendItem; x: number }[] = [];
	let x = 0;
	for (const item of text.legend) {
		const w = 18 + item.label.length * size.legend * EM_ADVANCE + 16;
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
	const footerLine = `${text.credit} · ${text.permalink} · ${formatDay(text.date)}`;
	const header =
		pad +
		titleLines.length * size.title * 1.2 +
		4 +
		subtitleLines.length * size.subtitle * 1.3 +
		(legendRows.length ? 8 + legendRows.length * size.legend * 1.6 : 0) +
		10;
	const footer = 10 + (sourceLines.length + 1) * size.source * 1.35 + pad;
	return {
		width,
		height,
		pad,
		titleLines,
		subtitleLines,
		legendRows,
		sourceLines,
		footerLine,
		chart: { x: pad, y: Math.round(header), width: inner, height: Math.max(80, Math.round(height - header - footer)) },
		size
	};
}

function legendSwatch(item: LegendItem, x: number, y: number, s: number): string {
	const c = escapeXml(item.colour);
	const cy = y - s * 0.35;
	switch (item.shape) {
		case 'circle':
			return `<circle cx="${x + 6}" cy="${cy}" r="5" fill="${c}"/>`;
		case 'diamond':
			return `<path d="M${x + 6} ${cy - 6}L${x + 12} ${cy}L${x + 6} ${cy + 6}L${x} ${cy}Z" fill="${c}"/>`;
		case 'tick':
			return `<rect x="${x + 4.5}" y="${cy - 7}" width="3" height="14" fill="${c}"/>`;
		case 'line':
			return `<rect x="${x}" y="${cy - 1.5}" width="14" height="3" fill="${c}"/>`;
		default:
			return `<rect x="${x}" y="${cy - 6}" width="12" height="12" fill="${c}"/>`;
	}
}

function metadata(p: Provenance, text: FigureText): string {
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

export interface ComposeInput {
	readonly layout: FigureLayout;
	readonly text: FigureText;
	readonly theme: ChartTheme;
	readonly provenance: Provenance;
	/** The chart's own SVG markup (children of a <g>), in chart coordinates. */
	readonly chartMarkup: string;
	/** @font-face rules with the fonts embedded. */
	readonly fontCss: string;
}

export function composeFigure({ layout: l, text, theme, provenance, chartMarkup, fontCss }: ComposeInput): string {
	const out: string[] = [];
	const t = (x: number, y: number, s: number, fill: string, content: string, weight = 400) =>
		`<text x="${x}" y="${Math.round(y * 10) / 10}" font-size="${s}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
	let y = l.pad + l.size.title;
	for (const line of l.titleLines) {
		out.push(t(l.pad, y, l.size.title, theme.text, line, 600));
		y += l.size.title * 1.2;
	}
	y += 4 - l.size.title * 0.2 + l.size.subtitle * 0.3;
	for (const line of l.subtitleLines) {
		out.push(t(l.pad, y, l.size.subtitle, theme.muted, line));
		y += l.size.subtitle * 1.3;
	}
	if (l.legendRows.length) {
		y += 8;
		for (const row of l.legendRows) {
			for (const { item, x } of row) {
				out.push(legendSwatch(item, l.pad + x, y, l.size.legend));
				out.push(t(l.pad + x + 18, y, l.size.legend, theme.text, item.label));
			}
			y += l.size.legend * 1.6;
		}
	}
	let fy = l.height - l.pad - (l.sourceLines.length + 1) * l.size.source * 1.35 + l.size.source;
	for (const line of l.sourceLines) {
		out.push(t(l.pad, fy, l.size.source, theme.muted, line));
		fy += l.size.source * 1.35;
	}
	out.push(t(l.pad, fy, l.size.source, theme.muted, l.footerLine));

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" ` +
		`font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(text.title)}">` +
		`<title>${escapeXml(text.title)}</title><desc>${escapeXml(text.subtitle)}</desc>` +
		metadata(provenance, text) +
		(fontCss ? `<style>${fontCss}</style>` : '') +
		`<rect width="${l.width}" height="${l.height}" fill="${theme.background}"/>` +
		out.join('') +
		`<g transform="translate(${l.chart.x},${l.chart.y})">${chartMarkup}</g>` +
		`</svg>`
	);
}
