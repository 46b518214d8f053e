/**
 * The embed protocol: the one message a widget sends its host page.
 *
 *   { type: 'lending-lens:resize', version: 1, height: 512, chart: 'lending-by-country' }
 *
 * posted to `window.parent` on load and whenever the widget's content changes height. The
 * host script (host.ts) accepts it only from the app's own origin, only from one of the
 * iframes it manages, and only in exactly this shape.
 */
export const RESIZE = 'lending-lens:resize';
export const PROTOCOL_VERSION = 1;

export interface ResizeMessage {
	readonly type: typeof RESIZE;
	readonly version: typeof PROTOCOL_VERSION;
	/** CSS pixels: the widget's whole content, margins included. */
	readonly height: number;
	readonly chart: string;
}

/**
 * Whether a received message is a resize message. Self-contained (no outer references): the
 * host script is built from its source text, so the widget and the host share this check.
 */
export function isResizeMessage(data: unknown): data is ResizeMessage {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Record<string, unknown>;
	return (
		m.type === 'lending-lens:resize' &&
		m.version === 1 &&
		typeof m.height === 'number' &&
		Number.isFinite(m.height) &&
		m.height > 0 &&
		// Heights past 10,000 px are refused as malformed.
		m.height <= 10000 &&
		typeof m.chart === 'string' &&
		m.chart.length < 100 &&
		Object.keys(m).length === 4
	);
}

/** Self-contained, like isResizeMessage: the widget script is built from its source text. */
export function resizeMessage(chart: string, height: number): ResizeMessage {
	return { type: 'lending-lens:resize', version: 1, height: Math.ceil(height), chart };
}
