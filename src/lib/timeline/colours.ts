/**
 * The timeline's colours, as the classes that paint them (src/lib/charts/theme.ts): events by
 * kind, sanctions by their first sector, lending in one colour of its own. Keyed by the ids in
 * src/lib/data/encoding.ts, so the timeline matches the other charts in every theme.
 */
import { lanePaint, sectorPaint } from '../charts/theme.ts';
import type { TimelineItem } from '../data/views/timeline.ts';

export { lanePaint, sectorPaint };

export function itemPaint(item: TimelineItem): string {
	return item.sector ? sectorPaint(item.sector) : lanePaint(item.lane);
}
