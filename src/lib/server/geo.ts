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
	'AIA',
	'ATG',
	'ABW',
	'BHS',
	'BRB',
	'BES',
	'VGB',
	'CYM',
	'CUB',
	'CUW',
	'DMA',
	'DOM',
	'GRD',
	'GLP',
	'HTI',
	'JAM',
	'MTQ',
	'MSR',
	'PRI',
	'BLM',
	'KNA',
	'LCA',
	'MAF',
	'VCT',
	'SXM',
	'TTO',
	'TCA',
	'VIR',
	// Central America
	'BLZ',
	'CRI',
	'SLV',
	'GTM',
	'HND',
	'MEX',
	'NIC',
	'PAN',
	// South America
	'ARG',
	'BOL',
	'BVT',
	'BRA',
	'CHL',
	'COL',
	'ECU',
	'FLK',
	'GUF',
	'GUY',
	'PRY',
	'PER',
	'SGS',
	'SUR',
	'URY',
	'VEN'
] as const;

export type { MapFeature };

/** Longitude and latitude bounds of the region, for picking context shapes. */
const BOUNDS = { west: -120, east: -30, south: -60, north: 35 };

const inBounds = (ring: Position[]) =>
	ring.every(
		([lon = 0, lat = 0]) => lon >= BOUNDS.west && lon <= BOUNDS.east && lat >= BOUNDS.south && lat <= BOUNDS.north
	);

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

let world110: MapFeature[] | undefined;

/** Every country of Natural Earth 1:110m, to one decimal of a degree (about 10 km, finer than the outlines at world scale). */
function allFeatures(): MapFeature[] {
	if (world110) return world110;
	const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const tenth = (rings: Position[][]): Position[][] =>
		rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [Math.round(lon * 10) / 10, Math.round(lat * 10) / 10]));
	world110 = feature(topology, topology.objects.countries).features.flatMap((f): MapFeature[] => {
		const g = f.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
		const geometry: Polygon | MultiPolygon =
			g.type === 'Polygon'
				? { type: 'Polygon', coordinates: tenth(g.coordinates) }
				: { type: 'MultiPolygon', coordinates: g.coordinates.map(tenth) };
		// A few shapes (Kosovo, Northern Cyprus, Somaliland) have no ISO code: named by their name, so every id is distinct.
		const name = f.properties?.name ?? '';
		return [
			{
				type: 'Feature',
				id: f.id === undefined ? `name:${name}` : String(f.id),
				properties: { name, context: false },
				geometry
			}
		];
	});
	return world110;
}

type Box = [number, number, number, number];

function boxOf(f: MapFeature): Box {
	const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
	const pts = rings.flat();
	return [
		Math.min(...pts.map((p) => p[0] ?? 0)),
		Math.min(...pts.map((p) => p[1] ?? 0)),
		Math.max(...pts.map((p) => p[0] ?? 0)),
		Math.max(...pts.map((p) => p[1] ?? 0))
	];
}

/**
 * The world's countries, or, with a focus (the ISO numeric codes of a region's members), only
 * those that reach into the region's frame: a page framed on Latin America carries no shapes
 * of Asia it would never draw.
 */
export function worldFeatures(focus: readonly string[] = []): MapFeature[] {
	const all = allFeatures();
	const members = all.filter((f) => focus.includes(f.id));
	if (!members.length) return all;
	// The members' extent, with a margin of 15 degrees, as the map may show around them.
	const boxes = members.map(boxOf);
	const frame: Box = [
		Math.min(...boxes.map((b) => b[0])) - 15,
		Math.min(...boxes.map((b) => b[1])) - 15,
		Math.max(...boxes.map((b) => b[2])) + 15,
		Math.max(...boxes.map((b) => b[3])) + 15
	];
	return all.filter((f) => {
		const b = boxOf(f);
		return b[0] <= frame[2] && b[2] >= frame[0] && b[1] <= frame[3] && b[3] >= frame[1];
	});
}
