/**
 * The code a reporter pastes: an iframe (with the host script, so it sizes itself), or a
 * placeholder and the script, each with a static image for pages that run no scripts.
 */
import { chartUrl, embedUrl as embedAt, exportUrl } from '../data/urls.ts';
import { FILTER_PARAMS } from '../data/query.ts';
import { escapeXml } from '../export/escape.ts';

export interface SnippetInput {
	/** The app's origin, e.g. https://lending-lens.example */
	readonly origin: string;
	readonly chart: string;
	/** "?country=VEN" or "" */
	readonly query: string;
	readonly title: string;
	/** Initial height before the widget reports its own. */
	readonly height: number;
	/** The widget's own options (`theme`, `title=0`, `controls=0`): in the embed's URL only, not the image's. */
	readonly options?: string;
	/** A fixed width in pixels; by default the frame takes the width of its column. */
	readonly width?: number;
}

/** The embed's query: the view's filters, then the widget's options. */
function embedQuery(s: SnippetInput): string {
	if (!s.options) return s.query;
	return s.query ? `${s.query}&${s.options}` : `?${s.options}`;
}

const attr = escapeXml;

export function embedUrl(s: SnippetInput): string {
	return embedAt(s.chart, embedQuery(s), s.origin);
}

/** What an image link may carry besides its size: the export refuses anything else with a 400. */
function exportParam(name: string, value: string): boolean {
	return (
		(FILTER_PARAMS as readonly string[]).includes(name) || (name === 'theme' && (value === 'light' || value === 'dark'))
	);
}

export function imageUrl(s: SnippetInput, width = 1200, height = 675): string {
	const q = new URLSearchParams();
	for (const [name, value] of new URLSearchParams(s.query.replace(/^\?/, ''))) {
		if (exportParam(name, value)) q.append(name, value);
	}
	return exportUrl(s.chart, 'png', `?${q.toString()}`, { width, height }, s.origin);
}

export function iframeSnippet(s: SnippetInput): string {
	return (
		`<iframe data-lending-lens-frame src="${attr(embedUrl(s))}" title="${attr(s.title)}" ` +
		`style="width:${s.width ? `${s.width}px;max-width:100%` : '100%'};border:0;height:${s.height}px" loading="lazy"></iframe>\n` +
		`<script async src="${attr(s.origin)}/embed.js"></script>\n` +
		`<noscript><a href="${attr(chartUrl(s.chart, s.query, s.origin))}"><img src="${attr(imageUrl(s))}" alt="${attr(s.title)}" style="width:100%;height:auto"></a></noscript>`
	);
}

export function scriptSnippet(s: SnippetInput): string {
	return (
		`<div data-lending-lens="${attr(`${s.chart}${embedQuery(s)}`)}"${s.width ? ` style="width:${s.width}px;max-width:100%"` : ''} data-title="${attr(s.title)}" data-height="${s.height}">` +
		`<noscript><a href="${attr(chartUrl(s.chart, s.query, s.origin))}"><img src="${attr(imageUrl(s))}" alt="${attr(s.title)}" style="width:100%;height:auto"></a></noscript>` +
		`</div>\n<script async src="${attr(s.origin)}/embed.js"></script>`
	);
}
