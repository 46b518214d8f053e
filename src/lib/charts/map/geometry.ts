/**
 * Projection and paths for the map: Lambert azimuthal equal-area centred on the region, so
 * areas compare fairly in a choropleth, fitted to the width (and to the height when one is
 * given). Computed in pure TS so the server draws the same paths as the browser.
 */
import { geoAzimuthalEqualArea, geoPath } from 'd3';
import type { MapFeature } from './types.ts';

export interface ProjectedFeature {
	readonly feature: MapFeature;
	readonly d: string;
	/** Where a label goes: the centroid of the largest polygon. */
	readonly centroid: readonly [number, number];
}

export interface ProjectedMap {
	readonly features: readonly ProjectedFeature[];
	readonly width: number;
	readonly height: number;
}

/** Centre of Latin America and the Caribbean, for the projection's rotation. */
const CENTRE: [number, number] = [-75, -10];

/** Labels sit on the largest polygon, so Chile's label is not placed on an island. */
function largestPart(f: MapFeature): MapFeature {
	if (f.geometry.type !== 'MultiPolygon') return f;
	let best = f.geometry.coordinates[0] ?? [];
	let bestArea = -1;
	const area = geoPath().area;
	for (const poly of f.geometry.coordinates) {
		const a = area({ type: 'Polygon', coordinates: poly });
		if (a > bestArea) {
			bestArea = a;
			best = poly;
		}
	}
	return { ...f, geometry: { type: 'Polygon', coordinates: best } };
}

export function projectMap(features: readonly MapFeature[], width: number, height?: number, margin = 4): ProjectedMap {
	const collection = { type: 'FeatureCollection' as const, features: [...features] };
	const projection = geoAzimuthalEqualArea().rotate([-CENTRE[0], -CENTRE[1]]);
	const inner = Math.max(1, width - 2 * margin);
	if (height === undefined) projection.fitWidth(inner, collection);
	else projection.fitSize([inner, Math.max(1, height - 2 * margin)], collection);
	projection.translate([projection.translate()[0] + margin, projection.translate()[1] + margin]);
	// A tenth of a pixel is finer than the screen shows and keeps the markup small.
	const path = geoPath(projection).digits(1);
	const [, [, bottom]] = path.bounds(collection);
	return {
		features: features.map((f) => {
			const [cx = 0, cy = 0] = path.centroid(largestPart(f));
			return { feature: f, d: path(f) ?? '', centroid: [cx, cy] as const };
		}),
		width,
		height: height ?? Math.ceil(bottom + margin)
	};
}
