/**
 * Projection and paths for the world map: Equal Earth (equal-area, so a choropleth's areas
 * compare fairly), fitted to the focus region's countries when there is a focus, else to the
 * whole world. Shapes beyond the frame are still drawn, and cut at its edge by the layer.
 */
import { geoEqualEarth, geoPath } from 'd3';
import type { MapFeature } from '../map/types.ts';
import type { ProjectedFeature, ProjectedMap } from '../map/geometry.ts';

/** Height of the world at this width, as Equal Earth draws it (about half its width). */
export const WORLD_ASPECT = 0.49;

export function projectWorld(
	features: readonly MapFeature[],
	focus: ReadonlySet<string>,
	width: number,
	height: number,
	margin = 4
): ProjectedMap {
	const framed = features.filter((f) => focus.has(f.id));
	const collection = { type: 'FeatureCollection' as const, features: framed.length ? framed : [...features] };
	const projection = geoEqualEarth().fitExtent(
		[
			[margin, margin],
			[Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)]
		],
		collection
	);
	const path = geoPath(projection).digits(1);
	return {
		features: features.map((f) => {
			const [cx = 0, cy = 0] = path.centroid(f);
			return { feature: f, d: path(f) ?? '', centroid: [cx, cy] as const } satisfies ProjectedFeature;
		}),
		width,
		height
	};
}
