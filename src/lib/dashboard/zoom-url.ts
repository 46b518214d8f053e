/**
 * Keeps the timeline's zoom window in the address bar. The URL is replaced, not pushed: zooming
 * is looking, not a change of view, so it adds no history entry of its own, and a link or a
 * reload opens the timeline where the reader left it; Back and Forward bring it back with the
 * entry (zoomWindow).
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
	// The window goes into the entry's state too: Back and Forward load a page by the URL it was
	// opened at, so the state is what brings a zoom back with its entry.
	if (next !== `${location.pathname}${location.search}` || page.state.zoom !== zoom)
		replaceState(next, { ...page.state, zoom });
}

/**
 * The zoom window of the current history entry: what the reader left in it (its state), else
 * what the page's URL named when it was loaded.
 */
export function zoomWindow(loaded: ZoomDays | null): ZoomDays | null {
	return page.state.zoom !== undefined ? page.state.zoom : loaded;
}
