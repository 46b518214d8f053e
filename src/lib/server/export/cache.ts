/**
 * The export's response cache: 64 MB of recently asked-for files (a 2400×1350 PNG is about
 * 200 KB, an SVG with its fonts about 100 KB), so a repeated request costs a lookup.
 */
import { HttpCache } from '../http-cache.ts';

export const EXPORT_CACHE_BYTES = 64 * 1024 * 1024;

// LL_EXPORT_CACHE_BYTES sets another bound; 0 turns the cache off (the benchmark's cold runs).
const configured = Number(process.env.LL_EXPORT_CACHE_BYTES ?? EXPORT_CACHE_BYTES);

export const exportCache = new HttpCache({
	maxBytes: Number.isFinite(configured) && configured >= 0 ? configured : EXPORT_CACHE_BYTES
});
