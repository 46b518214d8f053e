/**
 * Chinese lending over time: GCDF 3.0 commitments by year, stacked by flow class, for the
 * world, a region or chosen countries, in constant 2021 US dollars. The China-Latin America
 * Finance Database's annual figures are comparison marks (nominal dollars, state banks only):
 * set beside the bars, never stacked on them. Each segment names the cells it sums.
 *
 * With a lending sector chosen the bars are GCOF 1.0's projects of that sector instead
 * (2000–2014, constant 2014 US dollars), and no comparison mark is drawn: no other source
 * here has a sector, so a mark would set all lending beside one sector's.
 */
import { attribution } from '../tables/publish.ts';
import { TABLE_IDS } from '../tables/mappings.ts';
import { describeScope, inScope, inYears, LATIN_AMERICA, regionOf, type TableScope } from '../tables/scope.ts';
import { FLOW_CLASSES, type CellEvidence, type FlowClass } from '../tables/types.ts';
import type { Dataset } from '../types.ts';
import { capitalise } from '../words.ts';
import { GCDF3_BASIS, sectorBasis, type LendingBasis } from './lending-basis.ts';
import { leftOutWords, sectorProjects } from './sector-projects.ts';

export interface StackSegment {
	readonly flowClass: FlowClass;
	readonly usd: number;
	/** Where the figure starts and ends in the stack. */
	readonly y0: number;
	readonly y1: number;
	/** The cells summed: one world figure, or one per country-year. */
	readonly cells: number;
	readonly evidence: readonly CellEvidence[];
}

export interface YearStack {
	readonly year: number;
	readonly total: number;
	readonly segments: readonly StackSegment[];
}

export interface ComparisonMark {
	readonly year: number;
	readonly usd: number;
	readonly record: string;
	readonly series: string;
	/** What differs from the bars, in words. */
	readonly basis: string;
}

export interface LendingOverTimeView {
	readonly chart: 'lending-over-time';
	readonly title: string;
	readonly subtitle: string;
	readonly unit: LendingBasis['unit'];
	readonly basis: LendingBasis;
	/** World figures include regional records that no country sum has. */
	readonly source: 'world' | 'countries';
	/** With a lending sector: the projects not in the sums, in words ("" if none). */
	readonly leftOut: string;
	readonly years: readonly YearStack[];
	readonly comparisons: readonly ComparisonMark[];
	readonly sourceLine: string;
}

export function lendingOverTimeView(ds: Dataset, scope: TableScope, sectors: readonly string[] = []): LendingOverTimeView {
	const t = ds.tables;
	const world = !scope.countries.length && !scope.regions.length;
	const classes = scope.flowClasses.length ? FLOW_CLASSES.filter((c) => scope.flowClasses.includes(c)) : FLOW_CLASSES;
	const regions = regionOf(t);
	const byYear = new Map<number, Map<FlowClass, { usd: number; evidence: CellEvidence[] }>>();
	const add = (year: number, c: FlowClass, usd: number, ev: CellEvidence) => {
		if (!inYears(scope, year) || !classes.includes(c)) return;
		const y = byYear.get(year) ?? new Map();
		const s = y.get(c) ?? { usd: 0, evidence: [] };
		s.usd += usd;
		s.evidence.push(ev);
		y.set(c, s);
		byYear.set(year, y);
	};
	const basis = sectors.length ? sectorBasis(t, sectors) : GCDF3_BASIS;
	let leftOut = '';
	if (sectors.length) {
		const sel = sectorProjects(t, regions, scope, sectors, world ? 'all' : 'scope');
		for (const s of sel.projects) add(s.project.year, s.project.flowClass, s.usd, s.evidence);
		leftOut = leftOutWords(sel);
	} else if (world) for (const w of t.worldYears) add(w.year, w.flowClass, w.usd, w.evidence);
	else for (const r of t.countryYears) if (inScope(scope, regions, r.country)) add(r.year, r.flowClass, r.usd, r.evidence);
	const years = [...byYear.keys()].sort((a, b) => a - b).map((year) => {
		let y0 = 0;
		const segments = classes.map((c) => {
			const s = byYear.get(year)!.get(c) ?? { usd: 0, evidence: [] };
			const seg = { flowClass: c, usd: s.usd, y0, y1: y0 + s.usd, cells: s.evidence.length, evidence: s.evidence };
			y0 += s.usd;
			return seg;
		});
		return { year, total: y0, segments };
	});
	// The CLFD's annual figures are for Latin America and the Caribbean, or one of its countries.
	const lac = scope.regions.length === 1 && scope.regions[0] === LATIN_AMERICA && !scope.countries.length;
	const country = scope.countries.length === 1 && !scope.regions.length ? scope.countries[0] : null;
	// No other source here has a sector: with one chosen, a mark would set all lending beside one sector's.
	const marked = sectors.length ? [] : ds.loans;
	const comparisons: ComparisonMark[] = marked
		.filter((l) => l.measure === 'annual-lending' && l.period && l.period.precision === 'year')
		.filter((l) => (lac && l.borrowerRegion === 'latin-america-caribbean') || (country !== null && l.borrower?.code === country))
		.filter((l) => inYears(scope, Number(l.period!.start.slice(0, 4))))
		.map((l) => ({
			year: Number(l.period!.start.slice(0, 4)),
			usd: l.amountUsd,
			record: l.id,
			series: ds.series.find((s) => s.id === l.series)?.short ?? l.series,
			basis: 'China-Latin America Finance Database: state-bank loans only, nominal US dollars'
		}));
	const table = sectors.length ? basis.table : world ? TABLE_IDS.worldYears : TABLE_IDS.countryYears;
	const docs = ds.datasets.filter((d) => d.id === table);
	return {
		chart: 'lending-over-time',
		title: 'Chinese official finance committed, by year and flow class',
		subtitle: `${describeScope(scope)}${basis.sectors ? `; sector: ${basis.sectors}` : ''}. ${capitalise(basis.dollarsWords)}.`,
		unit: basis.unit,
		basis,
		leftOut,
		source: world ? 'world' : 'countries',
		years,
		comparisons,
		sourceLine: docs.map(attribution).join(' ')
	};
}
