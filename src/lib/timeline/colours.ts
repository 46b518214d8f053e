/**
 * The timeline's colours: events by kind, sanctions by their first sector, lending in one
 * colour of its own. Values from src/lib/data/encoding.ts, so the timeline matches the other charts.
 */
import { KIND_COLOURS, LENDING_COLOUR, SECTOR_COLOURS } from '../data/encoding.ts';
import type { TimelineItem, TimelineLaneId } from '../data/views/timeline.ts';
import type { Sector } from '../data/types.ts';

export { LENDING_COLOUR };
/** The sanctions lane's name and overview marks (its items take their sector's colour). */
export const SANCTIONS_COLOUR = '#1a1a1a';

export function laneColour(lane: TimelineLaneId): string {
	if (lane === 'lending') return LENDING_COLOUR;
	if (lane === 'sanctions') return SANCTIONS_COLOUR;
	return KIND_COLOURS[lane];
}

export function itemColour(item: TimelineItem): string {
	return item.sector ? SECTOR_COLOURS[item.sector] : laneColour(item.lane);
}

export function sectorColour(sector: string): string {
	return SECTOR_COLOURS[sector as Sector] ?? SANCTIONS_COLOUR;
}
