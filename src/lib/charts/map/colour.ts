/**
 * The map's colours: a sequential blue ramp (d3-scale-chromatic's Blues) starting above its
 * palest tints, so the smallest figure still stands apart from the neutral "no figure" fill.
 */
import { interpolateBlues, scaleSequential, type ScaleSequential } from 'd3';
import { wrapText } from '../common/text.ts';

export function amountColour(maxUsd: number): ScaleSequential<string> {
	return scaleSequential((t: number) => interpolateBlues(0.35 + 0.65 * t)).domain([0, Math.max(1, maxUsd)]);
}

/** The map key's measures (ColourLegend.svg.svelte): its title's lines and its height. */
export function colourLegendLayout(
	title: string,
	width: number,
	fontSize = 13
): { lines: string[]; lineHeight: number; rampTop: number; height: number } {
	const lineHeight = fontSize + 6;
	const lines = wrapText(`Shading: ${title}`, width, fontSize);
	const rampTop = lines.length * lineHeight + 4;
	return { lines, lineHeight, rampTop, height: rampTop + 16 + fontSize + 4 };
}

/** "$62bn", "$600m": short enough to sit on a small country. */
export function shortUsd(usd: number): string {
	if (usd === 0) return '$0';
	const [size, unit] = usd >= 1e9 ? [1e9, 'bn'] : usd >= 1e6 ? [1e6, 'm'] : [1, ''];
	return `$${Number((usd / size).toFixed(2))}${unit}`;
}
