/**
 * Mark shapes as SVG path data (d3-shape's symbols), so a mark's shape travels with the
 * serialised SVG. Shapes double colour: every series or kind differs in both.
 */
import {
	symbol,
	symbolCircle,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye,
	type SymbolType
} from 'd3';

export const SHAPES = ['circle', 'diamond', 'triangle', 'square', 'star', 'wye'] as const;
export type Shape = (typeof SHAPES)[number];

const TYPES: Record<Shape, SymbolType> = {
	circle: symbolCircle,
	diamond: symbolDiamond,
	triangle: symbolTriangle,
	square: symbolSquare,
	star: symbolStar,
	wye: symbolWye
};

/**
 * d3 sizes symbols by area; these factors (area / diameter²) make each shape look about as
 * big as a circle of that diameter: as tall, or a little taller for the thin ones.
 */
const AREA: Record<Shape, number> = {
	circle: Math.PI / 4,
	diamond: 0.45,
	triangle: 0.62,
	square: 0.64,
	star: 0.5,
	wye: 0.45
};

/** Path data of `shape` centred on 0,0, about `diameter` pixels across. */
export function symbolPath(shape: Shape, diameter: number): string {
	return symbol(TYPES[shape], AREA[shape] * diameter * diameter)() ?? '';
}
