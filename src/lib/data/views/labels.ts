/**
 * Labels and orders that chart components need in the browser as well as on the server.
 * Kept free of the data layer's heavier modules (validation, country list, calendar) so a
 * component importing them does not pull those into the page.
 */
import { EVENT_KINDS } from '../vocabulary.ts';
import type { SanctionAction } from '../types.ts';

export const ACTION_LABELS: Record<SanctionAction, string> = {
	'executive-order': 'Executive order',
	designation: 'Designation'
};

/** The timeline's lanes, top to bottom: event kinds, then sanctions, then lending. */
export const TIMELINE_LANES = [...EVENT_KINDS, 'sanctions', 'lending'] as const;
export type TimelineLaneId = (typeof TIMELINE_LANES)[number];
