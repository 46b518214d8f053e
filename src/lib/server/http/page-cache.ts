/**
 * Answers that depend only on the URL, the dataset and the day (every page and text
 * endpoint here), kept once made: a bounded LRU (`lru-cache`, by bytes) of each body with
 * its brotli and gzip forms, answered with an ETag, Cache-Control and 304 when the client
 * already has it. Anything else is compressed on the way out, never kept.
 */
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { keptBody } from '../http-cache.ts';
import {
	compress,
	isCompressible,
	MIN_COMPRESS_BYTES,
	negotiateEncoding,
	varyOnEncoding,
	type Encoding
} from './compress.ts';

/** What a kept page may take in memory, all forms together; and one page at most. */
export const PAGE_CACHE_LIMITS = {
	maxBytes: 64 * 1024 * 1024,
	maxEntryBytes: 4 * 1024 * 1024,
	maxEntries: 2000
} as const;
/** For answers that say nothing themselves: a minute, then ask again (a 304 is cheap). */
export const PAGE_CACHE_CONTROL = 'public, max-age=60';

interface Entry {
	readonly status: number;
	readonly headers: Headers;
	readonly hash: string;
	readonly body: Uint8Array;
	readonly encoded: Partial<Record<Encoding, Uint8Array>>;
}

/**
 * The cache key: the dataset version, the day (file names in pages carry it) and the URL with
 * its query re-encoded, so `?country=VEN%2CBRA` and `?country=VEN,BRA` are one page.
 */
export function pageKey(url: URL, version: string, day: string): string {
	const q = new URLSearchParams(url.search).toString();
	return `${version} ${day} ${url.pathname}${q ? `?${q}` : ''}`;
}

/** True when If-None-Match names this body in any of its encodings. */
function notModified(ifNoneMatch: string | null, hash: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((t) => {
		const tag = t.trim().replace(/^W\//, '');
		return tag === '*' || tag === `"${hash}"` || tag === `"${hash}-br"` || tag === `"${hash}-gzip"`;
	});
}

/**
 * `data`: the answer is a page's data (SvelteKit's `__data.json`, what a filter change fetches).
 * SvelteKit marks those `private, no-store` so that no browser or proxy keeps them; they still
 * depend on the URL and the dataset alone, so the server may, and passes the header on as it is.
 */
function keepable(response: Response, data: boolean): boolean {
	const cc = response.headers.get('cache-control') ?? '';
	return (
		response.status === 200 &&
		isCompressible(response.headers.get('content-type')) &&
		!response.headers.has('set-cookie') &&
		!response.headers.has('content-encoding') &&
		(data || !/no-store|private/.test(cc))
	);
}

export class PageCache {
	private readonly lru: LRUCache<string, Entry>;

	constructor(limits: { maxBytes: number; maxEntryBytes: number; maxEntries: number } = PAGE_CACHE_LIMITS) {
		this.lru = new LRUCache<string, Entry>({
			max: limits.maxEntries,
			maxSize: limits.maxBytes,
			maxEntrySize: limits.maxEntryBytes,
			sizeCalculation: (e) =>
				e.body.byteLength + (e.encoded.br?.byteLength ?? 0) + (e.encoded.gzip?.byteLength ?? 0) + 512
		});
	}

	get size(): number {
		return this.lru.size;
	}

	/** The kept answer for `key`, made fit for this request (encoding, 304, HEAD); or null. */
	answer(key: string, request: Request): Response | null {
		const e = this.lru.get(key);
		return e ? respond(e, request) : null;
	}

	/**
	 * Keeps a fresh response when it may be kept, and answers the request with it. `data`: it
	 * is a page's data request (see `keepable`).
	 */
	async store(key: string, request: Request, response: Response, { data = false } = {}): Promise<Response> {
		if (!keepable(response, data)) return compressed(response, request);
		const body = new Uint8Array(await response.arrayBuffer());
		if (body.byteLength > PAGE_CACHE_LIMITS.maxEntryBytes) {
			return compressed(new Response(body, response), request);
		}
		const headers = new Headers(response.headers);
		headers.delete('content-length');
		if (!headers.has('cache-control')) headers.set('cache-control', PAGE_CACHE_CONTROL);
		const encoded: Entry['encoded'] = {};
		if (body.byteLength >= MIN_COMPRESS_BYTES) {
			[encoded.br, encoded.gzip] = await Promise.all([compress(body, 'br'), compress(body, 'gzip')]);
		}
		const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
		const entry: Entry = { status: response.status, headers, hash, body, encoded };
		this.lru.set(key, entry);
		return respond(entry, request);
	}
}

function respond(e: Entry, request: Request): Response {
	const headers = new Headers(e.headers);
	const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
	const body = encoding ? e.encoded[encoding] : undefined;
	if (e.encoded.br) headers.set('vary', varyOnEncoding(headers.get('vary')));
	headers.set('etag', body ? `"${e.hash}-${encoding}"` : `"${e.hash}"`);
	if (notModified(request.headers.get('if-none-match'), e.hash)) {
		headers.delete('content-type');
		return new Response(null, { status: 304, headers });
	}
	const bytes = body ?? e.body;
	if (body && encoding) headers.set('content-encoding', encoding);
	headers.set('content-length', String(bytes.byteLength));
	return new Response(request.method === 'HEAD' ? null : keptBody(bytes), { status: e.status, headers });
}

/** A response that is not kept, compressed when the client takes it and it is worth it. */
export async function compressed(response: Response, request: Request): Promise<Response> {
	const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
	if (
		!isCompressible(response.headers.get('content-type')) ||
		response.headers.has('content-encoding') ||
		!response.body
	) {
		return response;
	}
	const headers = new Headers(response.headers);
	headers.set('vary', varyOnEncoding(headers.get('vary')));
	if (!encoding)
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	const body = new Uint8Array(await response.arrayBuffer());
	if (body.byteLength < MIN_COMPRESS_BYTES)
		return new Response(body, { status: response.status, statusText: response.statusText, headers });
	const out = await compress(body, encoding);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(out.byteLength));
	return new Response(request.method === 'HEAD' ? null : (out as Uint8Array<ArrayBuffer>), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
