/**
 * The world map: each recipient's GCDF 3.0 commitments over the chosen years and flow
 * classes (constant 2021 US dollars), keyed by ISO numeric code for the map's shapes, with
 * the focus region's members so the map can frame them. Countries out of focus keep their
 * values: the focus frames the map, it does not filter it.
 *
 * With a lending sector chosen each recipient is shaded by its GCOF 1.0 projects of that
 * sector (2000–2014, constant 2014 US dollars) instead.
 */
import { countryByCode } from '../countries.ts';
import { attribution } from '../tables/publish.ts';
import { describeScope, REGIONS, regionOf, type TableScope } from '../tables/scope.ts';
import type { CellEvidence } from '../tables/types.ts';
import type { Dataset } from '../types.ts';
import { capitalise } from '../words.ts';
import { countrySums, type LendingBasis } from './lending-basis.ts';

export interface MapCountry {
	readonly code: string;
	readonly numeric: string;
	readonly name: string;
	readonly usd: number;
	readonly inFocus: boolean;
	/** The cells summed. */
	readonly evidence: readonly CellEvidence[];
}

export interface WorldMapView {
	readonly chart: 'world-map';
	readonly title: string;
	readonly subtitle: string;
	readonly unit: LendingBasis['unit'];
	readonly basis: LendingBasis;
	/** With a lending sector: the projects not in the sums, in words ("" if none). */
	readonly leftOut: string;
	readonly focus: string | null;
	/** The focus region's members as the table places them (ISO numeric codes, sorted); none for the world. */
	readonly frame: readonly string[];
	readonly countries: readonly MapCountry[];
	/** Largest value in focus, for the colour scale. */
	readonly max: number;
	readonly sourceLine: string;
}

export function worldMapView(ds: Dataset, scope: TableScope, focus: string | null, sectors: readonly string[] = []): WorldMapView {
	const t = ds.tables;
	const regions = regionOf(t);
	const { basis, leftOut, sums } = countrySums(t, regions, scope, sectors, 'countries');
	const countries = [...sums].map(([code, { usd, evidence }]) => {
		const c = countryByCode(code);
		return {
			code,
			numeric: c.ok ? c.value.numeric : '',
			name: c.ok ? c.value.name : code,
			usd,
			inFocus: !focus || regions.get(code) === focus,
			evidence
		};
	});
	return {
		chart: 'world-map',
		title: 'Chinese official finance committed, by recipient',
		subtitle: `${describeScope({ ...scope, regions: [], countries: [] })}${basis.sectors ? `; sector: ${basis.sectors}` : ''}${focus ? `; focus: ${REGIONS[focus] ?? focus}` : ''}. ${capitalise(basis.dollarsWords)}.`,
		unit: basis.unit,
		basis,
		leftOut,
		focus,
		frame: focus
			? [...regions]
					.filter(([, region]) => region === focus)
					.flatMap(([code]) => {
						const c = countryByCode(code);
						return c.ok && c.value.numeric ? [c.value.numeric] : [];
					})
					.sort()
			: [],
		countries: countries.sort((a, b) => a.code.localeCompare(b.code)),
		max: Math.max(0, ...countries.filter((c) => c.inFocus).map((c) => c.usd)),
		sourceLine: ds.datasets.filter((d) => d.id === basis.table).map(attribution).join(' ')
	};
}
