/**
 * From a chart rendered on the server (svelte/server) to SVG parts a figure can hold: the
 * chart's legend (already a standalone <svg>) and its LayerCake plot (an <svg> positioned by
 * CSS inside the plot box), turned into plain groups. Interaction is dropped on the way:
 * links, focus, ARIA and classes mean nothing in a file.
 */

export interface ChartParts {
	/** Legend SVGs above the plot, in order, as nested <svg> with their own size. */
	readonly legends: readonly { markup: string; width: number; height: number }[];
	/** The plot's marks and axes, in plot-box coordinates (offset already applied). */
	readonly plot: string;
	/** Height of the plot box. */
	readonly plotHeight: number;
}

const stripComments = (s: string) => s.replace(/<!--[\s\S]*?-->/g, '');

/** Unwrap links, remove tooltips' <title>s and attributes that only serve the page. */
export function cleanSvg(markup: string): string {
	return markup
		.replace(/<a\b[^>]*>/g, '')
		.replace(/<\/a>/g, '')
		.replace(/<title>[\s\S]*?<\/title>/g, '')
		.replace(/\s(?:class|role|tabindex|style|focusable|data-[\w-]+|aria-[\w-]+|on\w+)="[^"]*"/g, '')
		.replace(/\s+>/g, '>');
}

const num = (attrs: string, name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(attrs)?.[1] ?? 0);

/**
 * `firstPlotOnly`: take only the first LayerCake SVG, for charts that carry their legend
 * inside it and draw other SVGs (the timeline's all-years strip) that belong to the page.
 */
export function chartParts(html: string, firstPlotOnly = false): ChartParts {
	const body = stripComments(html);
	const plotBox = /<div class="plot[^"]*" style="height: ([\d.]+)px;?">/.exec(body);
	const plotAt = plotBox?.index ?? body.length;
	const legends: { markup: string; width: number; height: number }[] = [];
	const legendRe = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"([^>]*)>([\s\S]*?)<\/svg>/g;
	for (let m = legendRe.exec(body); m && m.index < plotAt; m = legendRe.exec(body)) {
		const attrs = m[1] ?? '';
		legends.push({
			markup: cleanSvg(`<svg${attrs.replace(/\s(?:xmlns|role|aria-label)="[^"]*"/g, '')}>${m[2] ?? ''}</svg>`),
			width: num(attrs, 'width'),
			height: num(attrs, 'height')
		});
	}
	const plots: string[] = [];
	let viewBoxHeight = 0;
	const plotRe = /<svg class="layercake-layout-svg[^"]*"([^>]*)>([\s\S]*?)<\/svg>/g;
	for (let m = plotRe.exec(body); m; m = plotRe.exec(body)) {
		if (firstPlotOnly && plots.length) break;
		viewBoxHeight ||= Number(/viewBox="[\d.-]+ [\d.-]+ [\d.]+ ([\d.]+)"/.exec(m[1] ?? '')?.[1] ?? 0);
		const style = /style="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '';
		const top = Number(/top:\s*([-\d.]+)px/.exec(style)?.[1] ?? 0);
		const left = Number(/left:\s*([-\d.]+)px/.exec(style)?.[1] ?? 0);
		plots.push(`<g transform="translate(${round(left)},${round(top)})">${cleanSvg(m[2] ?? '')}</g>`);
	}
	return { legends, plot: plots.join(''), plotHeight: Number(plotBox?.[1] ?? viewBoxHeight) };
}

const round = (n: number) => Math.round(n * 100) / 100;
