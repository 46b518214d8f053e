/**
 * Country shapes for the lending map: Natural Earth 1:110m from the world-atlas package,
 * converted from TopoJSON on the server and cut down to Latin America and the Caribbean, so
 * the page carries about a third of the world file and no TopoJSON decoder.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapFeature } from '../charts/map/types.ts';
import { countryByCode } from '../data/countries.ts';

/** UN M49 "Latin America and the Caribbean", as ISO 3166-1 alpha-3 codes. */
export const LATIN_AMERICA_CARIBBEAN = [
	// Caribbean
	'AIA', 'ATG', 'ABW', 'BHS', 'BRB', 'BES', 'VGB', 'CYM', 'CUB', 'CUW', 'DMA', 'DOM', 'GRD', 'GLP',
	'HTI', 'JAM', 'MTQ', 'MSR', 'PRI', 'BLM', 'KNA', 'LCA', 'MAF', 'VCT', 'SXM', 'TTO', 'TCA', 'VIR',
	// Central America
	'BLZ', 'CRI', 'SLV', 'GTM', 'HND', 'MEX', 'NIC', 'PAN',
	// South America
	'ARG', 'BOL', 'BVT', 'BRA', 'CHL', 'COL', 'ECU', 'FLK', 'GUF', 'GUY', 'PRY', 'PER', 'SGS', 'SUR', 'URY', 'VEN'
] as const;

export type { MapFeature };

/** Longitude and latitude bounds of the region, for picking context shapes. */
const BOUNDS = { west: -120, east: -30, south: -60, north: 35 };

const inBounds = (ring: Position[]) =>
	ring.every(([lon = 0, lat = 0]) => lon >= BOUNDS.west && lon <= BOUNDS.east && lat >= BOUNDS.south && lat <= BOUNDS.north);

/** Two decimals (about 1 km) is finer than the 1:110m outlines and halves the payload. */
const round = (rings: Position[][]): Position[][] =>
	rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]));

let cached: MapFeature[] | undefined;

export function latinAmericaFeatures(): MapFeature[] {
	if (cached) return cached;
	const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const all = feature(topology, topology.objects.countries).features;
	const members = new Set<string>(
		LATIN_AMERICA_CARIBBEAN.map((c) => {
			const r = countryByCode(c);
			return r.ok ? r.value.numeric : '';
		})
	);
	const out: MapFeature[] = [];
	for (const f of all) {
		const id = String(f.id ?? '');
		const name = f.properties?.name ?? id;
		const g = f.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		if (members.has(id)) {
			const geometry: Polygon | MultiPolygon =
				g.type === 'Polygon'
					? { type: 'Polygon', coordinates: round(g.coordinates) }
					: { type: 'MultiPolygon', coordinates: g.coordinates.map(round) };
			out.push({ type: 'Feature', id, properties: { name, context: false }, geometry });
			continue;
		}
		const inside = polygons.filter((p) => p[0] && inBounds(p[0]));
		if (inside.length) {
			out.push({
				type: 'Feature',
				id,
				properties: { name, context: true },
				geometry: { type: 'MultiPolygon', coordinates: inside.map(round) }
			});
		}
	}
	cached = out;
	return out;
}
