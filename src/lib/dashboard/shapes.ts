/**
 * The map's shapes for a page's universal load, fetched from the /geo route by the address
 * the server gave (see shapesHref). On the server, SvelteKit inlines the answer in the page, so
 * hydration reads it from there; in the browser each address is fetched once and its features
 * kept, the same object for every later filter change, so a map that keeps its frame is not
 * redrawn and the page's data stays free of shapes.
 */
import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import type { MapFeature } from '$lib/charts/map/types.ts';

/** A handful of frames (the regions a reader visits) is all a session asks for. */
const KEEP = 8;
const kept = new Map<string, Promise<readonly MapFeature[]>>();

async function fetchShapes(fetch: typeof globalThis.fetch, href: string): Promise<readonly MapFeature[]> {
	const res = await fetch(href);
	if (!res.ok) error(res.status, `The map's shapes (${href}) could not be loaded: ${res.status} ${res.statusText}`);
	return (await res.json()) as MapFeature[];
}

export function loadShapes(fetch: typeof globalThis.fetch, href: string | null): Promise<readonly MapFeature[]> {
	if (!href) return Promise.resolve([]);
	if (!browser) return fetchShapes(fetch, href);
	const known = kept.get(href);
	if (known) {
		// Most recently used last, so the oldest goes first.
		kept.delete(href);
		kept.set(href, known);
		return known;
	}
	const loading = fetchShapes(fetch, href);
	kept.set(href, loading);
	loading.catch(() => kept.delete(href));
	for (const old of kept.keys()) if (kept.size > KEEP) kept.delete(old);
	return loading;
}
