/**
 * Lending by country, every borrower: GCDF 3.0 commitments summed over the chosen years and
 * flow classes (constant 2021 US dollars), ranked, the top 15 first and the rest counted and
 * reachable. Other sources' figures for a country stay comparison marks in their own terms.
 *
 * With a lending sector chosen the bars are sums of GCOF 1.0's projects of that sector
 * (2000–2014, constant 2014 US dollars), and no other source's figure is set beside them:
 * none here has a sector.
 */
import { countryByCode } from '../countries.ts';
import { attribution } from '../tables/publish.ts';
import { describeScope, regionOf, type TableScope } from '../tables/scope.ts';
import type { CellEvidence } from '../tables/types.ts';
import type { Dataset } from '../types.ts';
import { capitalise } from '../words.ts';
import { countrySums, type LendingBasis } from './lending-basis.ts';

export const TOP = 15;

export interface RankedCountry {
	readonly rank: number;
	readonly code: string;
	readonly name: string;
	readonly region: string | null;
	readonly usd: number;
	/** Rows summed: country-years, or projects with a lending sector. */
	readonly rows: number;
	/** The cells summed. */
	readonly evidence: readonly CellEvidence[];
	/** Other sources' claims for this borrower, by record id, each in its own terms. */
	readonly comparisons: readonly { readonly record: string; readonly series: string; readonly usd: number; readonly dollars: string; readonly measure: string }[];
}

export interface LendingRankedView {
	readonly chart: 'lending-ranked';
	readonly title: string;
	readonly subtitle: string;
	readonly unit: LendingBasis['unit'];
	readonly basis: LendingBasis;
	/** With a lending sector: the projects not in the sums, in words ("" if none). */
	readonly leftOut: string;
	readonly top: readonly RankedCountry[];
	/** Every other borrower in scope, ranked on: nothing is dropped. */
	readonly rest: readonly RankedCountry[];
	readonly sourceLine: string;
}

export function lendingRankedView(ds: Dataset, scope: TableScope, top = TOP, sectors: readonly string[] = []): LendingRankedView {
	const t = ds.tables;
	const regions = regionOf(t);
	const { basis, leftOut, sums } = countrySums(t, regions, scope, sectors, 'scope');
	// A country-year row has one cell per flow class.
	const perRow = sectors.length ? 1 : scope.flowClasses.length || 3;
	const ranked = [...sums]
		.filter(([, s]) => s.usd > 0)
		.sort((a, b) => b[1].usd - a[1].usd || a[0].localeCompare(b[0]))
		.map(([code, s], i): RankedCountry => {
			const c = countryByCode(code);
			return {
				rank: i + 1,
				code,
				name: c.ok ? c.value.name : code,
				region: regions.get(code) ?? null,
				usd: s.usd,
				rows: s.rows / perRow,
				evidence: s.evidence,
				// No other source here has a sector: with one chosen, nothing is set beside the bars.
				comparisons: (sectors.length ? [] : ds.loans)
					.filter((l) => l.borrower?.code === code && l.series !== 'aiddata-3')
					.map((l) => ({ record: l.id, series: l.series, usd: l.amountUsd, dollars: l.dollars, measure: l.measure }))
			};
		});
	return {
		chart: 'lending-ranked',
		title: 'Chinese official finance committed, by borrower',
		subtitle: `${describeScope(scope)}${basis.sectors ? `; sector: ${basis.sectors}` : ''}. ${capitalise(basis.dollarsWords)}; ${ranked.length} borrowers.`,
		unit: basis.unit,
		basis,
		leftOut,
		top: ranked.slice(0, top),
		rest: ranked.slice(top),
		sourceLine: ds.datasets.filter((d) => d.id === basis.table).map(attribution).join(' ')
	};
}
