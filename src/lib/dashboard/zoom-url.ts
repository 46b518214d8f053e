/**
 * Keeps the timeline's zoom window in the address bar. The URL is replaced, not pushed: zooming
 * is looking, not a change of view, so it adds no history entry of its own, and a link or a
 * reload opens the timeline where the reader left it.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { formatZoom, ZOOM_PARAM, type ZoomDays } from '../data/zoom.ts';

export function replaceZoom(zoom: ZoomDays | null): void {
	const url = new URL(location.href);
	if (zoom) url.searchParams.set(ZOOM_PARAM, formatZoom(zoom));
	else url.searchParams.delete(ZOOM_PARAM);
	const query = url.searchParams.toString().replace(/%2C/g, ',');
	const next = `${url.pathname}${query ? `?${query}` : ''}`;
	if (next !== `${location.pathname}${location.search}`) replaceState(next, page.state);
}
