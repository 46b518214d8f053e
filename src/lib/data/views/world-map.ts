/**
 * The world map: each recipient's GCDF 3.0 commitments over the chosen years and flow
 * classes (constant 2021 US dollars), keyed by ISO numeric code for the map's shapes, with
 * the focus region's members so the map can frame them. Countries out of focus keep their
 * values: the focus frames the map, it does not filter it.
 */
import { countryByCode } from '../countries.ts';
import { attribution } from '../tables/publish.ts';
import { TABLE_IDS } from '../tables/mappings.ts';
import { describeScope, inYears, REGIONS, regionOf, type TableScope } from '../tables/scope.ts';
import type { Dataset } from '../types.ts';

export interface MapCountry {
	readonly code: string;
	readonly numeric: string;
	readonly name: string;
	readonly usd: number;
	readonly inFocus: boolean;
}

export interface WorldMapView {
	readonly chart: 'world-map';
	readonly title: string;
	readonly subtitle: string;
	readonly unit: 'constant-2021 US$';
	readonly focus: string | null;
	readonly countries: readonly MapCountry[];
	/** Largest value in focus, for the colour scale. */
	readonly max: number;
	readonly sourceLine: string;
}

export function worldMapView(ds: Dataset, scope: TableScope, focus: string | null): WorldMapView {
	const t = ds.tables;
	const regions = regionOf(t);
	const sums = new Map<string, number>();
	for (const r of t.countryYears) {
		if (!inYears(scope, r.year) || (scope.flowClasses.length && !scope.flowClasses.includes(r.flowClass))) continue;
		sums.set(r.country, (sums.get(r.country) ?? 0) + r.usd);
	}
	const countries = [...sums].map(([code, usd]) => {
		const c = countryByCode(code);
		return {
			code,
			numeric: c.ok ? c.value.numeric : '',
			name: c.ok ? c.value.name : code,
			usd,
			inFocus: !focus || regions.get(code) === focus
		};
	});
	return {
		chart: 'world-map',
		title: 'Chinese official finance committed, by recipient',
		subtitle: `${describeScope({ ...scope, regions: [], countries: [] })}${focus ? `; focus: ${REGIONS[focus] ?? focus}` : ''}. Constant 2021 US dollars.`,
		unit: 'constant-2021 US$',
		focus,
		countries: countries.sort((a, b) => a.code.localeCompare(b.code)),
		max: Math.max(0, ...countries.filter((c) => c.inFocus).map((c) => c.usd)),
		sourceLine: ds.datasets.filter((d) => d.id === TABLE_IDS.countryYears).map(attribution).join(' ')
	};
}
