/** The page cache: which answers it keeps, and what a kept answer tells the client. */
import { describe, expect, it } from 'vitest';
import { PageCache } from '../../src/lib/server/http/page-cache.ts';

const get = (path: string) => new Request(`http://x${path}`, { headers: { 'accept-encoding': 'gzip' } });
const json = (text: string, cacheControl?: string) =>
	new Response(text, {
		headers: { 'content-type': 'application/json', ...(cacheControl ? { 'cache-control': cacheControl } : {}) }
	});
const limits = { maxBytes: 1_000_000, maxEntryBytes: 100_000, maxEntries: 10 };
const body = '{"type":"data","nodes":[]}'.padEnd(2000, ' ');

describe('PageCache', () => {
	it.each([
		['a page', undefined, false, true],
		['a page that says no-store', 'no-store', false, false],
		['a page that says private', 'private, max-age=10', false, false],
		["a page's data, which SvelteKit marks private, no-store", 'private, no-store', true, true]
	])('%s: kept %s', async (_, cacheControl, data, kept) => {
		const cache = new PageCache(limits);
		const path = data ? '/__data.json?country=ECU' : '/?country=ECU';
		await cache.store('k', get(path), json(body, cacheControl), { data });
		expect(cache.size).toBe(kept ? 1 : 0);
		expect(cache.answer('k', get(path)) !== null).toBe(kept);
	});

	it("answers a kept page's data with its bytes and passes on SvelteKit's private, no-store", async () => {
		const cache = new PageCache(limits);
		const first = await cache.store('k', get('/__data.json'), json(body, 'private, no-store'), { data: true });
		const again = cache.answer('k', get('/__data.json'));
		expect(again?.headers.get('cache-control')).toBe('private, no-store');
		expect(first.headers.get('cache-control')).toBe('private, no-store');
		expect(again?.headers.get('content-encoding')).toBe('gzip');
		const text = async (r: Response) => new TextDecoder().decode(new Uint8Array(await r.arrayBuffer()));
		const plain = cache.answer('k', new Request('http://x/__data.json'));
		expect(plain && (await text(plain))).toBe(body);
	});
});
