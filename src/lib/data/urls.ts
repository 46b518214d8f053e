/**
 * Every address of a chart, built in one place: its page (the permalink), its embed, its
 * export files and its oEmbed answer. `origin` is "" for a link within the site. A query is
 * the filters' own ("?country=VEN" or "", from filtersToQuery); extra parameters follow it.
 */
import { filtersToQuery, type Filters } from './query.ts';

type Query = string | Filters;
const q = (query: Query) => (typeof query === 'string' ? query : filtersToQuery(query));

/** The query with more parameters after it, commas in lists left readable. */
export function withParams(query: Query, extra: Readonly<Record<string, string | number>>): string {
	const params = new URLSearchParams(q(query).replace(/^\?/, ''));
	for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
	const s = params.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

/** The chart's own page: the permalink of a view. */
export function chartUrl(chart: string, query: Query = '', origin = ''): string {
	return `${origin}/charts/${chart}${q(query)}`;
}

export function embedUrl(chart: string, query: Query = '', origin = ''): string {
	return `${origin}/embed/${chart}${q(query)}`;
}

/** /export/<chart>.<format> with the view's query and any export parameters (width, scale…). */
export function exportUrl(chart: string, format: string, query: Query = '', extra: Readonly<Record<string, string | number>> = {}, origin = ''): string {
	return `${origin}/export/${chart}.${format}${withParams(query, extra)}`;
}

/** The oEmbed answer for a chart page. */
export function oembedUrl(pageUrl: string, origin = ''): string {
	return `${origin}/oembed?format=json&url=${encodeURIComponent(pageUrl)}`;
}

// --- Records and sources --------------------------------------------------------------------

export function recordHref(id: string): string {
	return `/records/${encodeURIComponent(id)}`;
}

export function sourceHref(documentId: string, anchor?: string): string {
	return `/sources/${encodeURIComponent(documentId)}${anchor ? `#${anchor}` : ''}`;
}

/**
 * The anchor of a record's n-th piece of evidence (1-based) in its document's page. Record
 * ids never end in "-<digits>" ambiguously here: n is always the last hyphen-free part.
 */
export function quoteAnchor(recordId: string, n: number): string {
	return `q-${recordId}-${n}`;
}
