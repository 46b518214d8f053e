import type { QueueFullError } from './pool.ts';

/** The answer when every worker is busy and the queue is full: 503, and when to come back. */
export function busy(e: QueueFullError): Response {
	return new Response(`Too many images are being drawn; retry in ${e.retryAfter} s.\n`, {
		status: 503,
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'retry-after': String(e.retryAfter),
			'cache-control': 'no-store'
		}
	});
}
