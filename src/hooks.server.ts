import type { Handle, HandleServerError } from '@sveltejs/kit';
import { DatasetError, formatProblem } from '$lib/data/errors';
import { today } from '$lib/export/filename.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { compressed, PAGE_CACHE_LIMITS, PageCache, pageKey } from '$lib/server/http/page-cache.ts';
import { busy } from '$lib/server/pool/busy.ts';
import { rasterPool } from '$lib/server/pool/raster.ts';

/** Routes that other sites may frame. Everything else refuses to be framed. */
export function isFramable(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * Kept answers: every page and text endpoint depends only on its URL, the dataset and the
 * day. Exports are left to their own route (images are not text, and are drawn on demand).
 */
// LL_PAGE_CACHE_BYTES sets another bound; 0 turns the cache off (bench:tables times renders so).
const pageCacheBytes = Number(process.env.LL_PAGE_CACHE_BYTES ?? PAGE_CACHE_LIMITS.maxBytes);
const pages = pageCacheBytes > 0 ? new PageCache({ ...PAGE_CACHE_LIMITS, maxBytes: pageCacheBytes }) : null;
const isKept = (url: URL) => !url.pathname.startsWith('/export/');

function datasetVersion(): string | null {
	try {
		return getDataset().version;
	} catch {
		// An invalid dataset is reported by the page itself (handleError), never kept.
		return null;
	}
}

function withSecurityHeaders(response: Response, pathname: string): Response {
	if (!isFramable(pathname)) {
		response.headers.set('x-frame-options', 'SAMEORIGIN');
		const csp = response.headers.get('content-security-policy');
		if (!csp?.includes('frame-ancestors')) {
			response.headers.set('content-security-policy', `${csp ? `${csp}; ` : ''}frame-ancestors 'self'`);
		}
	}
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	// A full image exporter refuses before any other work, so a stream of image requests
	// costs pages as little as possible.
	if (url.pathname.startsWith('/export/') && url.pathname.endsWith('.png')) {
		const refused = rasterPool().refusal();
		if (refused) return withSecurityHeaders(busy(refused), url.pathname);
	}
	const version =
		pages && (request.method === 'GET' || request.method === 'HEAD') && isKept(url) ? datasetVersion() : null;
	// The URL as asked for: SvelteKit shows a data request (/__data.json) to hooks under its
	// page's URL, and the two answers must not be kept as one.
	const key = version ? pageKey(new URL(request.url), version, today()) : null;
	const kept = key && pages ? pages.answer(key, request) : null;
	if (kept) return kept;
	const response = withSecurityHeaders(await resolve(event), url.pathname);
	// A filter change fetches its page's data (/__data.json): kept too, so going back to a
	// selection, or a selection someone else made, costs no new render.
	if (key && pages && request.method === 'GET') {
		return pages.store(key, request, response, { data: event.isDataRequest });
	}
	return compressed(response, request);
};

/** An invalid dataset is shown as its list of problems, never as a stack trace. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (error instanceof DatasetError) {
		return {
			message: `The dataset is invalid (${error.problems.length} problems). Run npm run data:check for details.`,
			problems: error.problems.map(formatProblem)
		};
	}
	if (status === 404) return { message };
	console.error(error);
	return { message: 'Something went wrong on the server.' };
};
