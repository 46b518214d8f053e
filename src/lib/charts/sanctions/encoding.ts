/** Shapes for the kinds of measure: defined with every other encoding in src/lib/data/encoding.ts. */
export { ACTION_SHAPES } from '../../data/encoding.ts';
