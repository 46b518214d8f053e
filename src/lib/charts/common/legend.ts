/**
 * Legend layout: items flow left to right and wrap to the next line; an item too long for
 * one line wraps its own text. Computed without a DOM (see text.ts) so server and browser agree.
 */
import type { Shape } from './symbols.ts';
import { textWidth, wrapText } from './text.ts';

export interface LegendItem {
	readonly key: string;
	readonly label: string;
	/** 'bar' draws a short horizontal bar; a shape draws that symbol; 'swatch' a square. */
	readonly mark: 'bar' | 'swatch' | Shape;
	/** The class that colours its swatch (theme.ts: `ll-c-…`). */
	readonly paint: string;
	/** A longer explanation, shown as the item's native tooltip. */
	readonly note?: string;
}

export interface LegendItemSize {
	readonly label: string;
}

export interface PlacedLegendItem<T> {
	readonly item: T;
	readonly x: number;
	/** Baseline of the first line. */
	readonly y: number;
	readonly lines: readonly string[];
}

export interface LegendLayout<T> {
	readonly items: readonly PlacedLegendItem<T>[];
	readonly height: number;
}

export interface LegendOptions {
	readonly width: number;
	readonly fontSize: number;
	/** Space for the swatch and the gap before the text. */
	readonly swatch: number;
	readonly lineHeight: number;
	/** Gap between items on one line. */
	readonly gap: number;
}

/** The chart legend's own measures (Legend.svg.svelte): swatch space, line height, gap. */
export function chartLegendOptions(width: number, fontSize = 13): LegendOptions {
	return { width, fontSize, swatch: 22, lineHeight: fontSize + 6, gap: 16 };
}

/** Height of Legend.svg.svelte's `<svg>` for these items at this width. */
export function chartLegendHeight(items: readonly LegendItemSize[], width: number, fontSize = 13): number {
	return layoutLegend(items, chartLegendOptions(width, fontSize)).height + 4;
}

export function layoutLegend<T extends LegendItemSize>(items: readonly T[], o: LegendOptions): LegendLayout<T> {
	const placed: PlacedLegendItem<T>[] = [];
	let x = 0;
	let line = 0;
	for (const item of items) {
		const w = o.swatch + textWidth(item.label, o.fontSize);
		if (w <= o.width) {
			if (x > 0 && x + w > o.width) {
				x = 0;
				line += 1;
			}
			placed.push({ item, x, y: line * o.lineHeight, lines: [item.label] });
			x += w + o.gap;
		} else {
			if (x > 0) line += 1;
			const lines = wrapText(item.label, o.width - o.swatch, o.fontSize);
			placed.push({ item, x: 0, y: line * o.lineHeight, lines });
			line += lines.length;
			x = 0;
		}
	}
	const lines = x > 0 ? line + 1 : line;
	return { items: placed, height: lines * o.lineHeight };
}
