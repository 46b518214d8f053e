/**
 * Lending by country, every borrower: GCDF 3.0 commitments summed over the chosen years and
 * flow classes (constant 2021 US dollars), ranked, the top 15 first and the rest counted and
 * reachable. Other sources' figures for a country stay comparison marks in their own terms.
 */
import { countryByCode } from '../countries.ts';
import { attribution } from '../tables/publish.ts';
import { TABLE_IDS } from '../tables/mappings.ts';
import { describeScope, inScope, inYears, regionOf, type TableScope } from '../tables/scope.ts';
import type { Dataset } from '../types.ts';

export const TOP = 15;

export interface RankedCountry {
	readonly rank: number;
	readonly code: string;
	readonly name: string;
	readonly region: string | null;
	readonly usd: number;
	/** Country-year rows summed. */
	readonly rows: number;
	/** Other sources' claims for this borrower, by record id, each in its own terms. */
	readonly comparisons: readonly { readonly record: string; readonly series: string; readonly usd: number; readonly dollars: string; readonly measure: string }[];
}

export interface LendingRankedView {
	readonly chart: 'lending-ranked';
	readonly title: string;
	readonly subtitle: string;
	readonly unit: 'constant-2021 US$';
	readonly top: readonly RankedCountry[];
	/** Every other borrower in scope, ranked on: nothing is dropped. */
	readonly rest: readonly RankedCountry[];
	readonly sourceLine: string;
}

export function lendingRankedView(ds: Dataset, scope: TableScope, top = TOP): LendingRankedView {
	const t = ds.tables;
	const regions = regionOf(t);
	const sums = new Map<string, { usd: number; rows: number }>();
	for (const r of t.countryYears) {
		if (!inScope(scope, regions, r.country) || !inYears(scope, r.year)) continue;
		if (scope.flowClasses.length && !scope.flowClasses.includes(r.flowClass)) continue;
		const s = sums.get(r.country) ?? { usd: 0, rows: 0 };
		s.usd += r.usd;
		s.rows += 1;
		sums.set(r.country, s);
	}
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
				rows: s.rows / (scope.flowClasses.length || 3),
				comparisons: ds.loans
					.filter((l) => l.borrower?.code === code && l.series !== 'aiddata-3')
					.map((l) => ({ record: l.id, series: l.series, usd: l.amountUsd, dollars: l.dollars, measure: l.measure }))
			};
		});
	return {
		chart: 'lending-ranked',
		title: 'Chinese official finance committed, by borrower',
		subtitle: `${describeScope(scope)}. Constant 2021 US dollars; ${ranked.length} borrowers.`,
		unit: 'constant-2021 US$',
		top: ranked.slice(0, top),
		rest: ranked.slice(top),
		sourceLine: ds.datasets.filter((d) => d.id === TABLE_IDS.countryYears).map(attribution).join(' ')
	};
}
