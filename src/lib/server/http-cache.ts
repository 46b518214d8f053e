/**
 * Answers to GET requests kept in memory and validated by strong ETags: a response whose
 * bytes are a function of a key (say, the dataset version and the request's normalised
 * parameters) is made once, kept in a least-recently-used cache bounded in bytes, sent again
 * from there, and a client that already holds it (`If-None-Match`) gets `304 Not Modified`.
 * Generic: the export uses it; pages can too.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedBody {
	readonly body: Uint8Array;
	readonly contentType: string;
}

export interface HttpCacheOptions {
	/** Most bytes of bodies kept at once. */
	readonly maxBytes: number;
}

/** A strong ETag for a key: the same key always names the same bytes. */
export function strongEtag(key: string): string {
	return `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
}

/**
 * A response body that sends kept bytes as they are. `new Response(bytes)` copies a typed
 * array into a fresh buffer on every answer; under a stream of large cached images those
 * copies were most of the server's allocations, and the memory they churned through stayed
 * with the process after the stream ended (bench/load.mjs). The kept bytes are never
 * written to, so every answer may read the same ones.
 */
export function keptBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>({
		start(controller) {
			if (bytes.byteLength) controller.enqueue(bytes);
			controller.close();
		}
	});
}

/** Whether an If-None-Match header names this ETag (or `*`). Weak forms match too (RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((t) => {
		const tag = t.trim();
		return tag === '*' || tag.replace(/^W\//, '') === etag;
	});
}

export class HttpCache {
	readonly #lru: LRUCache<string, CachedBody> | null;
	// Identical requests that arrive while the first is still being made wait for it.
	readonly #pending = new Map<string, Promise<CachedBody>>();

	constructor(o: HttpCacheOptions) {
		// A bound of 0 keeps nothing (ETags and 304 still work).
		this.#lru =
			o.maxBytes > 0
				? new LRUCache<string, CachedBody>({
						maxSize: o.maxBytes,
						sizeCalculation: (v) => Math.max(1, v.body.byteLength)
					})
				: null;
	}

	/** Bytes of bodies held now. */
	get bytes(): number {
		return this.#lru?.calculatedSize ?? 0;
	}

	/** Whether the body for `key` is kept. */
	has(key: string): boolean {
		return this.#lru?.has(key) ?? false;
	}

	get size(): number {
		return this.#lru?.size ?? 0;
	}

	/**
	 * The response for `key`: 304 when the request already holds it, the kept body when there
	 * is one, else the body `make` gives (kept for next time). `headers` are added to either.
	 */
	async respond(
		request: Request,
		key: string,
		make: () => Promise<CachedBody>,
		headers: Readonly<Record<string, string>> = {}
	): Promise<Response> {
		const etag = strongEtag(key);
		if (matchesEtag(request.headers.get('if-none-match'), etag)) {
			return new Response(null, { status: 304, headers: { ...headers, etag } });
		}
		let hit = this.#lru?.get(key);
		const state = hit ? 'hit' : 'miss';
		if (!hit) {
			let pending = this.#pending.get(key);
			if (!pending) {
				pending = make().finally(() => this.#pending.delete(key));
				this.#pending.set(key, pending);
			}
			hit = await pending;
			this.#lru?.set(key, hit);
		}
		return new Response(request.method === 'HEAD' ? null : keptBody(hit.body), {
			headers: {
				...headers,
				'content-type': hit.contentType,
				'content-length': String(hit.body.byteLength),
				etag,
				'x-cache': state
			}
		});
	}
}
