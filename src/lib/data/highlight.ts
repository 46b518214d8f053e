/**
 * A document's text cut into segments for highlighting quoted passages. Passages may overlap
 * or nest (a reference sentence quoted whole by one record and in part by another), so the
 * text is split at every passage boundary and each segment lists the passages covering it.
 * Rendering the segments in order, each as text, reproduces the document exactly: no
 * markup is ever built from the text itself.
 */
import type { Span } from './evidence.ts';

export interface Segment {
	readonly start: number;
	readonly end: number;
	/** `text.slice(start, end)`. */
	readonly text: string;
	/** Indices (into the spans given) of the passages covering this segment, in input order. */
	readonly covering: readonly number[];
	/** Indices of the passages that begin at this segment: where their anchors go. */
	readonly starting: readonly number[];
}

/**
 * Split `text` at every boundary of `spans`. Spans are clamped to the text; empty spans
 * (after clamping) cover nothing and are left out. Joining the segments' text gives `text`.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
	const clamp = (n: number) => Math.min(text.length, Math.max(0, Math.trunc(n)));
	const live = spans
		.map((s, index) => ({ index, start: clamp(s.start), end: clamp(s.end) }))
		.filter((s) => s.end > s.start);
	const cuts = new Set<number>([0, text.length]);
	for (const s of live) cuts.add(s.start).add(s.end);
	const points = [...cuts].sort((a, b) => a - b);

	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i] as number;
		const end = points[i + 1] as number;
		const over = live.filter((s) => s.start <= start && s.end >= end);
		segments.push({
			start,
			end,
			text: text.slice(start, end),
			covering: over.map((s) => s.index),
			starting: over.filter((s) => s.start === start).map((s) => s.index)
		});
	}
	return segments;
}
