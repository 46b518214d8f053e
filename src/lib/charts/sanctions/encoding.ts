/** Shapes for the kinds of measure: an executive order and a designation differ at a glance. */
import type { SanctionAction } from '../../data/types.ts';
import type { Shape } from '../common/symbols.ts';

export const ACTION_SHAPES: Record<SanctionAction, Shape> = {
	'executive-order': 'diamond',
	designation: 'circle'
};
