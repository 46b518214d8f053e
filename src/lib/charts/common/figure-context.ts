/**
 * Whether a chart is being drawn inside a standalone figure (Figure.svelte: one SVG file with
 * title, legend, plot, notes and source line) rather than on a page. The layers are the same
 * either way; only the wrappers change: a figure has no HTML, no links to follow and no
 * tooltips, and its plot is placed in SVG coordinates.
 */
import { createContext } from 'svelte';

export interface FigureContext {
	/** Height the chart may take in the figure (legend, plot and notes together). */
	readonly height: number;
	/**
	 * Told the height the chart actually takes (at most `height`), so that the figure can end
	 * where its content does instead of leaving the rest blank.
	 */
	readonly used?: (height: number) => void;
	/** Told that the chart left content out to fit `height` (the timeline's folded rows), so the figure may grow. */
	readonly folded?: () => void;
}

const [get, set, has] = createContext<FigureContext>();

export const setFigureContext = (c: FigureContext) => set(c);

/** The figure the chart is drawn in, or undefined on a page. Call during component initialisation. */
export function figureContext(): FigureContext | undefined {
	return has() ? get() : undefined;
}

/** Space between the legend, the plot and the notes, as on the page (0.5rem). */
export const FIGURE_GAP = 8;
/** The shortest plot a figure may give a chart, in pixels. */
export const MIN_PLOT = 80;
/** The smallest scale a chart may be drawn at to fit a figure. */
export const MIN_FIT = 0.6;

/** The figure's height leaves too little room for the chart: it needs `more` pixels. */
export class FigureTooSmall extends Error {
	constructor(readonly more: number) {
		super(`the figure needs ${more} px more height for this chart`);
	}
}

/** Room for the plot in a figure, once the legend and the notes above and below it have theirs. */
export function plotRoom(fig: FigureContext, legendHeight: number, notesHeight = 0): number {
	// Never less than the shortest plot: a chart that then overflows is scaled to fit, or refused.
	return Math.max(
		MIN_PLOT,
		fig.height - (legendHeight ? legendHeight + FIGURE_GAP : 0) - (notesHeight ? notesHeight + FIGURE_GAP : 0)
	);
}
