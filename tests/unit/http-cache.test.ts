/** The response cache: the same key gives the same bytes and ETag, a held copy gets 304, memory stays bounded. */
import { describe, expect, it } from 'vitest';
import { HttpCache, matchesEtag, strongEtag } from '../../src/lib/server/http-cache.ts';

const get = (headers: Record<string, string> = {}) => new Request('http://x/export/a.png', { headers });
const body = (n: number, fill = 1) => ({ body: new Uint8Array(n).fill(fill), contentType: 'image/png' });

describe('strong ETags', () => {
	it('are quoted, strong and a function of the key alone', () => {
		expect(strongEtag('v1|a.png|?country=VEN')).toMatch(/^"[\w-]{27}"$/);
		expect(strongEtag('v1|a.png')).toBe(strongEtag('v1|a.png'));
		expect(strongEtag('v1|a.png')).not.toBe(strongEtag('v2|a.png'));
	});

	it.each([
		[null, false],
		['"abc"', true],
		['W/"abc"', true],
		['"x", "abc"', true],
		['*', true],
		['"abcd"', false],
		['abc', false]
	])('If-None-Match %s matches "abc": %s', (header, ok) => expect(matchesEtag(header, '"abc"')).toBe(ok));
});

describe('HttpCache', () => {
	it('makes a body once and answers the same bytes from memory after', async () => {
		const cache = new HttpCache({ maxBytes: 1_000 });
		let made = 0;
		const make = async () => (made++, body(10, 7));
		const a = await cache.respond(get(), 'k', make, { 'cache-control': 'public' });
		const b = await cache.respond(get(), 'k', make);
		expect(made).toBe(1);
		expect([a.headers.get('x-cache'), b.headers.get('x-cache')]).toEqual(['miss', 'hit']);
		expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
		expect(a.headers.get('cache-control')).toBe('public');
		expect(new Uint8Array(await a.arrayBuffer())).toEqual(new Uint8Array(await b.arrayBuffer()));
	});

	it('answers every request for a kept body in full, with its length, and a HEAD request without one', async () => {
		const cache = new HttpCache({ maxBytes: 10_000 });
		const kept = Uint8Array.from({ length: 3000 }, (_, i) => i % 251);
		const make = async () => ({ body: kept, contentType: 'image/png' });
		const answers = await Promise.all([1, 2, 3].map(() => cache.respond(get(), 'k', make)));
		for (const a of answers) {
			expect(a.headers.get('content-length')).toBe('3000');
			expect(new Uint8Array(await a.arrayBuffer())).toEqual(kept);
		}
		// Reading the answers left the kept bytes as they were.
		expect(kept.every((b, i) => b === i % 251)).toBe(true);
		const head = await cache.respond(new Request('http://x/export/a.png', { method: 'HEAD' }), 'k', make);
		expect(head.headers.get('content-length')).toBe('3000');
		expect(head.body).toBeNull();
	});

	it('answers 304 with no body to a request that holds the ETag, without making anything', async () => {
		const cache = new HttpCache({ maxBytes: 1_000 });
		let made = 0;
		const etag = strongEtag('k');
		const r = await cache.respond(get({ 'if-none-match': etag }), 'k', async () => (made++, body(10)));
		expect(r.status).toBe(304);
		expect(r.headers.get('etag')).toBe(etag);
		expect(await r.text()).toBe('');
		expect(made).toBe(0);
	});

	it('makes a body once for identical requests that arrive together', async () => {
		const cache = new HttpCache({ maxBytes: 1_000 });
		let made = 0;
		const make = () => new Promise<ReturnType<typeof body>>((ok) => setTimeout(() => (made++, ok(body(10))), 10));
		await Promise.all([
			cache.respond(get(), 'k', make),
			cache.respond(get(), 'k', make),
			cache.respond(get(), 'k', make)
		]);
		expect(made).toBe(1);
	});

	it('keeps memory under its bound across 1,000 distinct URLs, dropping the least recently used', async () => {
		const max = 50 * 1024;
		const cache = new HttpCache({ maxBytes: max });
		for (let i = 0; i < 1_000; i++) {
			await cache.respond(get(), `/export/a.png?w=${i}`, async () => body(1_000 + (i % 7) * 100));
			expect(cache.bytes).toBeLessThanOrEqual(max);
		}
		expect(cache.size).toBeGreaterThan(20);
		expect(cache.size).toBeLessThan(60);
		const recent = await cache.respond(get(), '/export/a.png?w=999', async () => body(1));
		const old = await cache.respond(get(), '/export/a.png?w=0', async () => body(1));
		expect([recent.headers.get('x-cache'), old.headers.get('x-cache')]).toEqual(['hit', 'miss']);
	});

	it('does not keep a failed body', async () => {
		const cache = new HttpCache({ maxBytes: 1_000 });
		await expect(cache.respond(get(), 'k', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
		const r = await cache.respond(get(), 'k', async () => body(3));
		expect(r.headers.get('x-cache')).toBe('miss');
	});
});
