/**
 * The map's geometry as the server hands it to the page: GeoJSON features of Latin America
 * and the Caribbean (see src/lib/server/geo.ts), kept apart from the view so the view stays
 * plain data and the shapes, the same for every filter, can be cached.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface MapFeatureProperties {
	readonly name: string;
	/**
	 * A shape inside the region that belongs to a country outside it (French Guiana is part of
	 * France in Natural Earth 1:110m): drawn for context, never shaded or linked.
	 */
	readonly context: boolean;
}

/** A country's shape; `id` is the ISO 3166-1 numeric code ("862"), as in `Country.numeric`. */
export type MapFeature = Feature<Polygon | MultiPolygon, MapFeatureProperties> & { id: string };
