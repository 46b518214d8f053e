/**
 * oEmbed (https://oembed.com) for chart views: a consumer gives the URL of a chart page or
 * embed and gets the rich-type JSON with the iframe snippet, sized to maxwidth/maxheight.
 */
import { parseFilters } from '../data/filters.ts';
import { filtersToQuery } from '../data/query.ts';
import { isChartId } from '../data/views/index.ts';
import type { ChartId } from '../data/views/types.ts';
import { iframeSnippet, imageUrl } from './snippets.ts';

export type OEmbedResult =
	{ status: 200; body: Record<string, string | number> } | { status: 400 | 404 | 501; message: string };

export interface OEmbedRequest {
	readonly origin: string;
	readonly url: string | null;
	readonly format: string | null;
	readonly maxwidth: string | null;
	readonly maxheight: string | null;
	readonly titleOf: (chart: ChartId) => string;
	/** Series ids a `source` filter may name. */
	readonly series: readonly string[];
	/** Lending sectors a `crs_sector` filter may name. */
	readonly crsSectors?: readonly string[];
}

/** The embed's own switches, and the values it takes: kept on the iframe when valid. */
const EMBED_SWITCHES: Readonly<Record<string, readonly string[]>> = {
	theme: ['light', 'dark', 'auto'],
	title: ['0', '1'],
	controls: ['0', '1']
};

/**
 * The link's view, rebuilt from what it means: valid filters in canonical form and valid embed
 * switches. Tracking parameters and bad values are left behind, so every link built from
 * it (iframe, thumbnail, noscript image) works.
 */
function cleanQuery(u: URL, series: readonly string[], crsSectors: readonly string[] = []): string {
	const { filters } = parseFilters(u.searchParams, { series, crsSectors, alsoAllowed: Object.keys(EMBED_SWITCHES) });
	const q = new URLSearchParams(filtersToQuery(filters));
	for (const [name, values] of Object.entries(EMBED_SWITCHES)) {
		const v = u.searchParams.get(name);
		if (v !== null && values.includes(v)) q.set(name, v);
	}
	const s = q.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

const DEFAULT = { width: 800, height: 520 };

function dimension(raw: string | null, name: string): number | string | null {
	if (raw === null || raw === '') return null;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 50 || n > 4000) return `${name} must be a whole number of pixels from 50 to 4000`;
	return n;
}

export function oembed(req: OEmbedRequest): OEmbedResult {
	if (req.format !== null && req.format !== 'json') {
		return { status: 501, message: `format=${req.format} is not supported; use json` };
	}
	if (!req.url) return { status: 400, message: 'the url parameter is required' };
	let u: URL;
	try {
		u = new URL(req.url);
	} catch {
		return { status: 404, message: 'url is not a Lending Lens chart URL' };
	}
	const m = /^\/(?:charts|embed)\/([a-z-]+)\/?$/.exec(u.pathname);
	const chart = m?.[1] as ChartId | undefined;
	if (u.origin !== req.origin || !chart || !isChartId(chart)) {
		return { status: 404, message: 'url is not a Lending Lens chart URL' };
	}
	const maxwidth = dimension(req.maxwidth, 'maxwidth');
	const maxheight = dimension(req.maxheight, 'maxheight');
	if (typeof maxwidth === 'string') return { status: 400, message: maxwidth };
	if (typeof maxheight === 'string') return { status: 400, message: maxheight };
	const width = Math.min(DEFAULT.width, maxwidth ?? Infinity);
	const height = Math.min(DEFAULT.height, maxheight ?? Infinity);
	const title = req.titleOf(chart);
	const snippet = { origin: req.origin, chart, query: cleanQuery(u, req.series, req.crsSectors), title, height };
	const thumbW = Math.min(1200, width * 2);
	const thumbH = Math.round((thumbW * height) / width);
	return {
		status: 200,
		body: {
			version: '1.0',
			type: 'rich',
			provider_name: 'Lending Lens',
			provider_url: req.origin,
			title,
			html: iframeSnippet(snippet).replace('style="width:100%;', `style="width:100%;max-width:${width}px;`),
			width,
			height,
			thumbnail_url: imageUrl(snippet, thumbW, thumbH),
			thumbnail_width: thumbW,
			thumbnail_height: thumbH,
			cache_age: 3600
		}
	};
}
