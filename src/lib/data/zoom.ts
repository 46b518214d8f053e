/**
 * The timeline's zoom window in the URL: `?zoom=2019-04-01..2019-04-30`, the first and last
 * day shown, both included. Unlike `from`/`to` it filters nothing: it only says which
 * stretch of time the timeline shows, so a link opens it where the reader left it. Kept free
 * of imports so the browser can write it without the data layer.
 */

export const ZOOM_PARAM = 'zoom';

export interface ZoomDays {
	readonly start: string;
	readonly end: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(s: string): boolean {
	const m = DAY.exec(s);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === s;
}

/** The parameter's value for a window of days. */
export function formatZoom(z: ZoomDays): string {
	return `${z.start}..${z.end}`;
}

/** The window a `zoom` value names, or why it names none (for a notice naming the parameter). */
export function parseZoom(raw: string): { ok: true; value: ZoomDays } | { ok: false; error: string } {
	const parts = raw.trim().split('..');
	if (parts.length !== 2) return { ok: false, error: 'expected two days, as in 2019-04-01..2019-04-30' };
	const [start = '', end = ''] = parts.map((p) => p.trim());
	for (const d of [start, end]) if (!isDay(d)) return { ok: false, error: `"${d}" is not a day (YYYY-MM-DD)` };
	if (start > end) return { ok: false, error: 'the window ends before it starts' };
	return { ok: true, value: { start, end } };
}

/** The `zoom` parameter of a page's URL: its window, and a notice naming the parameter when it is bad. */
export function readZoom(params: URLSearchParams): { zoom: ZoomDays | null; notice: { param: string; message: string } | null } {
	const raw = params.get(ZOOM_PARAM);
	if (raw === null || raw.trim() === '') return { zoom: null, notice: null };
	const r = parseZoom(raw);
	return r.ok
		? { zoom: r.value, notice: null }
		: { zoom: null, notice: { param: ZOOM_PARAM, message: `${ZOOM_PARAM}=${raw} was ignored: ${r.error}.` } };
}
