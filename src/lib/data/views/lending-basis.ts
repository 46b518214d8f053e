/**
 * What a lending view's bars are: which release, table, dollars and years. GCDF 3.0's
 * country-year commitments unless a lending sector is chosen; then GCOF 1.0's projects of that
 * sector, the only table with a sector, in their own release, years and dollars. A view says
 * its basis in its title, subtitle, axis and source line, and never mixes the two.
 */
import { TABLE_IDS } from '../tables/mappings.ts';
import { projectFacets } from '../tables/projects.ts';
import { sectorsWords } from '../tables/sectors.ts';
import { inScope, inYears, type TableScope } from '../tables/scope.ts';
import type { CellEvidence, Tables } from '../tables/types.ts';
import { leftOutWords, sectorProjects } from './sector-projects.ts';

export interface LendingBasis {
	/** "AidData GCDF 3.0". */
	readonly release: string;
	/** The table the bars sum (its id in the catalogue). */
	readonly table: string;
	readonly unit: 'constant-2021 US$' | 'constant-2014 US$';
	/** "constant 2021 US$", for labels and table cells. */
	readonly dollars: string;
	/** "constant 2021 US dollars", for sentences. */
	readonly dollarsWords: string;
	/** The years the release covers. */
	readonly first: number;
	readonly last: number;
	/** The lending sectors chosen, in words, or null for all lending. */
	readonly sectors: string | null;
}

export const GCDF3_BASIS: LendingBasis = {
	release: 'AidData GCDF 3.0',
	table: TABLE_IDS.countryYears,
	unit: 'constant-2021 US$',
	dollars: 'constant 2021 US$',
	dollarsWords: 'constant 2021 US dollars',
	first: 2000,
	last: 2021,
	sectors: null
};

/** GCOF 1.0's projects of the chosen sectors, the ones AidData recommends for research. */
export function sectorBasis(tables: Tables, sectors: readonly string[]): LendingBasis {
	const years = projectFacets(tables).years;
	return {
		release: 'AidData GCOF 1.0',
		table: TABLE_IDS.projects,
		unit: 'constant-2014 US$',
		dollars: 'constant 2014 US$',
		dollarsWords: 'constant 2014 US dollars',
		first: Number.isFinite(years.from) ? years.from : 2000,
		last: Number.isFinite(years.to) ? years.to : 2014,
		sectors: sectorsWords(tables, sectors)
	};
}

/** "2000–2021", or the part of the chosen years the release covers; said plainly when none is. */
export function basisYears(b: LendingBasis, from: number | null, to: number | null): string {
	const start = Math.max(from ?? b.first, b.first);
	const end = Math.min(to ?? b.last, b.last);
	if (start <= end) return `${start}–${end}`;
	const chosen = from !== null && to !== null ? `${from}–${to}` : from !== null ? `from ${from}` : `until ${to}`;
	return `${chosen} (${b.release} covers ${b.first}–${b.last} only)`;
}

export interface CountrySum {
	readonly usd: number;
	/** Rows summed: country-year cells, or projects with a lending sector. */
	readonly rows: number;
	readonly evidence: readonly CellEvidence[];
}

/**
 * Each country's lending in the scope's years and flow classes, on the basis the filters ask
 * for: GCDF 3.0 country-year cells, or GCOF 1.0 projects of the chosen sectors. `places`:
 * `scope` keeps the scope's countries and regions; `countries` keeps every country (the map
 * frames a region, it does not filter it).
 */
export function countrySums(
	tables: Tables,
	regions: ReadonlyMap<string, string>,
	scope: TableScope,
	sectors: readonly string[],
	places: 'scope' | 'countries'
): { basis: LendingBasis; leftOut: string; sums: Map<string, CountrySum> } {
	const sums = new Map<string, { usd: number; rows: number; evidence: CellEvidence[] }>();
	const add = (country: string, usd: number, evidence: CellEvidence) => {
		const s = sums.get(country) ?? { usd: 0, rows: 0, evidence: [] };
		s.usd += usd;
		s.rows += 1;
		s.evidence.push(evidence);
		sums.set(country, s);
	};
	if (sectors.length) {
		const sel = sectorProjects(tables, regions, scope, sectors, places);
		for (const s of sel.projects) add(s.project.recipient!, s.usd, s.evidence);
		return { basis: sectorBasis(tables, sectors), leftOut: leftOutWords(sel), sums };
	}
	for (const r of tables.countryYears) {
		if (!inYears(scope, r.year) || (scope.flowClasses.length && !scope.flowClasses.includes(r.flowClass))) continue;
		if (places === 'scope' && !inScope(scope, regions, r.country)) continue;
		add(r.country, r.usd, r.evidence);
	}
	return { basis: GCDF3_BASIS, leftOut: '', sums };
}
