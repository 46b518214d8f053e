/**
 * Where things sit inside one borrower's row: the bar on top, the comparison marks on a line
 * under it (so value labels never collide with them), dodged downwards when they crowd.
 */
export interface RowGeometry {
	readonly barY: number;
	readonly barHeight: number;
	/** Centre of the comparison marks' first level. */
	readonly marksY: number;
	/** Distance between dodge levels. */
	readonly levelStep: number;
	/** Diameter of a comparison mark. */
	readonly markSize: number;
}

/** Pixels per row when the chart chooses its own height. */
export const ROW_HEIGHT = 46;

export function rowGeometry(band: number): RowGeometry {
	const markSize = Math.min(12, Math.max(7, band * 0.24));
	return {
		barY: band * 0.12,
		barHeight: band * 0.36,
		marksY: band * 0.48 + markSize / 2 + 3,
		levelStep: markSize * 0.8,
		markSize
	};
}
