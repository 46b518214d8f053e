/**
 * The charts of the published tables: their data views (lending-over-time.ts,
 * lending-ranked.ts, world-map.ts, debt-to-china.ts) under the dashboard's filters, made into
 * chart views like every other chart's: a title and subtitle saying the release, basis and
 * measure, a description, the datasets cited, a data table, and for every mark what it says
 * about itself. A mark's evidence is the table cells it sums; its link opens those rows
 * (/sources/<table>/rows?r=…), so a bar can be traced to the cells behind it.
 *
 * Only the marks' summaries reach the page, never the cells themselves: a region's bar sums
 * dozens of cells, and the page carries aggregates, not records.
 *
 * A lending sector (`crs_sector`) switches the three lending charts from GCDF 3.0 to GCOF 1.0's
 * projects of that sector, the only table with a sector: each says so in its title, subtitle,
 * axis or legend and source line, and draws no other source's figure beside those bars. The
 * debt chart cannot honour a sector and says that it does not apply.
 */
import { tableScopeOf, mapFocusOf } from '../filters-tables.ts';
import { applyFilters, filtersToQuery, sectorNotApplied, type Filters } from '../filters.ts';
import { citedDocuments, type MarkInfo } from '../mark-info.ts';
import { formatUsd } from '../money.ts';
import { capitalise } from '../words.ts';
import { TABLE_IDS } from '../tables/mappings.ts';
import { rowList } from '../tables/row-list.ts';
import { REGIONS } from '../tables/scope.ts';
import { CREDITORS, FLOW_CLASS_LABELS, type CellEvidence, type Creditor, type FlowClass } from '../tables/types.ts';
import type { Dataset, LoanClaim } from '../types.ts';
import { debtView, DEBT_AGGREGATE } from './debt-to-china.ts';
import { basisYears, type LendingBasis } from './lending-basis.ts';
import { seriesScope, loanMarkInfo } from './lending.ts';
import { lendingOverTimeView } from './lending-over-time.ts';
import { lendingRankedView, TOP } from './lending-ranked.ts';
import type { ChartTable, ChartViewBase, TableCell } from './types.ts';
import { worldMapView } from './world-map.ts';

export const CREDITOR_LABELS: Readonly<Record<Creditor, string>> = {
	'china-bilateral': 'China, bilateral (government and policy banks)',
	'china-private': 'China, private creditors',
	other: 'All other creditors'
};

const CREDITOR_SHORT: Readonly<Record<Creditor, string>> = {
	'china-bilateral': 'China (bilateral)',
	'china-private': 'Chinese private creditors',
	other: 'all other creditors'
};

/** Most rows a mark's evidence link lists; a mark summing more cells links to its first rows and says so. */
export const MAX_LINKED_ROWS = 200;

/** The page that shows the rows a mark was read from. */
export function rowsHref(table: string, cells: readonly CellEvidence[]): string {
	const rows = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b).slice(0, MAX_LINKED_ROWS);
	return `/sources/${table}/rows?r=${rowList(rows)}`;
}

/**
 * A mark drawn from table cells: its tooltip quotes a cell and counts the rest. The cell
 * quoted is the first that adds to the figure: a sum of years often begins with zeros.
 */
function cellInfo(ds: Dataset, id: string, cells: readonly CellEvidence[], text: { title: string; value: string; date: string }): MarkInfo {
	const first = cells.find((c) => Number(c.text) !== 0) ?? cells[0];
	const table = first?.table ?? '';
	const doc = ds.datasets.find((d) => d.id === table);
	return {
		id,
		href: rowsHref(table, cells),
		...text,
		quote: first ? `${first.column} = ${first.text} (row ${first.row}, ${first.key})` : '',
		source: doc ? `${doc.publisher}, ${doc.release} (${doc.licence.id})` : table,
		evidenceCount: cells.length,
		evidenceKind: 'cells'
	};
}

const usdWords = (usd: number) => (usd === 0 ? '$0' : formatUsd(Math.round(usd)));

const table = (columns: ChartTable['columns'], rows: Record<string, TableCell>[]): ChartTable => ({ columns, rows });

// ---------------------------------------------------------------------------------------------
// Chinese lending over time

export interface OverTimeSegment {
	readonly flowClass: FlowClass;
	readonly usd: number;
	readonly y0: number;
	readonly y1: number;
	readonly info: MarkInfo;
}

export interface OverTimeYear {
	readonly year: number;
	readonly total: number;
	/** Segments with a figure above zero, bottom to top. */
	readonly segments: readonly OverTimeSegment[];
}

export interface OverTimeComparison {
	readonly id: string;
	readonly year: number;
	readonly usd: number;
	readonly series: string;
	readonly short: string;
	readonly info: MarkInfo;
}

export interface LendingOverTimeChartView extends ChartViewBase {
	readonly id: 'lending-over-time';
	/** What the bars are: release, dollars, years, sector. */
	readonly basis: LendingBasis;
	readonly flowClasses: readonly FlowClass[];
	readonly years: readonly OverTimeYear[];
	/** The CLFD's annual figures: nominal dollars, state banks only; marks beside the bars, never stacked. */
	readonly comparisons: readonly OverTimeComparison[];
	/** The comparison series' scope in words, for the legend. */
	readonly comparisonScope: readonly { readonly series: string; readonly scope: string }[];
	readonly maxUsd: number;
}

export function lendingOverTimeChart(ds: Dataset, f: Filters): LendingOverTimeChartView {
	const scope = tableScopeOf(f);
	const v = lendingOverTimeView(ds, scope, f.crsSectors);
	const b = v.basis;
	const where = v.source === 'world' ? 'all recipients' : describeWhere(scope.countries, scope.regions);
	const what = b.sectors ? `${b.release} projects that AidData recommends for research` : `${b.release} commitments`;
	const years = v.years.map((y) => ({
		year: y.year,
		total: y.total,
		segments: y.segments
			.filter((s) => s.usd > 0)
			.map((s) => ({
				flowClass: s.flowClass,
				usd: s.usd,
				y0: s.y0,
				y1: s.y1,
				info: cellInfo(ds, `lending-over-time:${y.year}:${s.flowClass}`, s.evidence, {
					title: `${where}, ${y.year}: ${FLOW_CLASS_LABELS[s.flowClass]}${b.sectors ? `; ${b.sectors}` : ''}`,
					value: `${usdWords(s.usd)} committed, ${b.dollars} (${b.release}${s.cells > 1 ? `, sum of ${s.cells} ${b.sectors ? 'projects' : 'cells'}` : ''})`,
					date: String(y.year)
				})
			}))
	}));
	const loans = new Map(ds.loans.map((l) => [l.id, l]));
	const comparisons = v.comparisons.map((c) => {
		const l = loans.get(c.record) as LoanClaim;
		const s = ds.series.find((x) => x.id === l.series);
		return { id: l.id, year: c.year, usd: c.usd, series: l.series, short: c.series, info: loanMarkInfo(ds, l, s, 'other') };
	});
	const seriesIds = [...new Set(comparisons.map((c) => c.series))];
	const comparisonScope = seriesIds.map((id) => {
		const s = ds.series.find((x) => x.id === id);
		return { series: id, scope: s ? `${seriesScope(ds, s)}; state-bank loans only, not stacked` : id };
	});
	const maxUsd = Math.max(0, ...years.map((y) => y.total), ...comparisons.map((c) => c.usd));
	const peak = [...years].sort((a, b) => b.total - a.total)[0];
	const dataset = b.sectors ? b.table : v.source === 'world' ? TABLE_IDS.worldYears : TABLE_IDS.countryYears;
	const sectorWords = b.sectors
		? ` Only ${b.release} (${b.first}–${b.last}) gives a sector, so these are its projects, not the GCDF 3.0 totals; no other source's figures are drawn beside them.${v.leftOut ? ` ${capitalise(v.leftOut)}.` : ''}`
		: '';
	return {
		id: 'lending-over-time',
		title: b.sectors ? `Chinese lending over time, by flow class: ${b.sectors}` : 'Chinese lending over time, by flow class',
		subtitle: `${v.subtitle.replace(/\.$/, '')}: ${what}${b.sectors ? `, ${basisYears(b, scope.from, scope.to)}` : ''}${comparisons.length ? '; marks: China-Latin America Finance Database, nominal US dollars' : ''}.`,
		description: peak
			? `Chinese official finance committed to ${where}${b.sectors ? ` in the sector ${b.sectors}` : ''} each year from ${years[0]!.year} to ${years.at(-1)!.year}, stacked by flow class, in ${b.dollarsWords}. The largest year is ${peak.year}, with ${usdWords(peak.total)}.${comparisons.length ? ` ${comparisons.length} annual figures of the China-Latin America Finance Database (nominal dollars, state banks only) are drawn as marks beside the bars, not added to them.` : ''}${sectorWords}`
			: `No commitments for ${where} under these filters.${sectorWords}`,
		basis: b,
		documents: [dataset, ...citedDocuments(comparisons.map((c) => loans.get(c.id) as LoanClaim))],
		flowClasses: scope.flowClasses.length ? scope.flowClasses : ['oda-like', 'oof-like', 'vague'],
		years,
		comparisons,
		comparisonScope,
		maxUsd,
		table: table(
			[
				{ key: 'year', label: 'Year', numeric: true },
				{ key: 'series', label: 'Source' },
				{ key: 'flow_class', label: 'Flow class' },
				{ key: 'amount', label: 'Amount' },
				{ key: 'amount_usd', label: 'Amount (US$)', numeric: true },
				{ key: 'dollars', label: 'Dollars' },
				{ key: 'cells', label: b.sectors ? 'Projects summed' : 'Cells summed', numeric: true },
				{ key: 'record', label: 'Mark' }
			],
			[
				...years.flatMap((y) =>
					y.segments.map((s) => ({
						year: y.year,
						series: b.sectors ? `${b.release}, ${b.sectors}` : b.release,
						flow_class: s.flowClass,
						amount: usdWords(s.usd),
						amount_usd: Math.round(s.usd),
						dollars: b.dollars,
						cells: s.info.evidenceCount,
						record: s.info.id
					}))
				),
				...comparisons.map((c) => ({
					year: c.year,
					series: c.short,
					flow_class: null,
					amount: usdWords(c.usd),
					amount_usd: c.usd,
					dollars: 'nominal US$',
					cells: null,
					record: c.id
				}))
			]
		)
	};
}

function describeWhere(countries: readonly string[], regions: readonly string[]): string {
	const parts = [...countries, ...regions.map((r) => REGIONS[r] ?? r)];
	return parts.length ? parts.join(', ') : 'all recipients';
}

// ---------------------------------------------------------------------------------------------
// Lending by country, every borrower

export interface RankedComparison {
	readonly id: string;
	readonly series: string;
	readonly usd: number;
	readonly info: MarkInfo;
}

export interface RankedRow {
	readonly rank: number;
	readonly code: string;
	readonly name: string;
	readonly usd: number;
	readonly info: MarkInfo;
	/** Other sources' figures for this borrower, each in its own terms (see the legend). */
	readonly comparisons: readonly RankedComparison[];
}

export interface LendingRankedChartView extends ChartViewBase {
	readonly id: 'lending-ranked';
	/** What the bars are: release, dollars, years, sector. */
	readonly basis: LendingBasis;
	readonly rows: readonly RankedRow[];
	/** Borrowers in scope in all; `rows` holds the first 15 unless every one is asked for. */
	readonly total: number;
	/** The same view with every borrower (`show=all`), or with the first 15 again. */
	readonly toggleQuery: string;
	readonly showAll: boolean;
	/** Comparison series shown, with their scope in words, for the legend. */
	readonly series: readonly { readonly id: string; readonly short: string; readonly scope: string }[];
	readonly maxUsd: number;
}

export function lendingRankedChart(ds: Dataset, f: Filters): LendingRankedChartView {
	const scope = tableScopeOf(f);
	const v = lendingRankedView(ds, scope, TOP, f.crsSectors);
	const b = v.basis;
	const all = [...v.top, ...v.rest];
	const shown = f.showAll ? all : v.top;
	// Other sources' figures follow the filters' time window, as on the other lending charts.
	const kept = new Set(applyFilters(ds, { ...f, regions: [] }).loans.map((l) => l.id));
	const loans = new Map(ds.loans.map((l) => [l.id, l]));
	const years = basisYears(b, scope.from, scope.to);
	const rows: RankedRow[] = shown.map((r) => ({
		rank: r.rank,
		code: r.code,
		name: r.name,
		usd: r.usd,
		info: cellInfo(ds, `lending-ranked:${r.code}`, r.evidence, {
			title: `${r.name}, rank ${r.rank} of ${all.length}${b.sectors ? `; ${b.sectors}` : ''}`,
			value: `${usdWords(r.usd)} committed, ${b.dollars} (${b.release}${b.sectors ? `, ${r.rows} project${r.rows === 1 ? '' : 's'}` : ''})`,
			date: years
		}),
		comparisons: r.comparisons
			.filter((c) => kept.has(c.record))
			.map((c) => {
				const l = loans.get(c.record) as LoanClaim;
				return { id: l.id, series: l.series, usd: l.amountUsd, info: loanMarkInfo(ds, l, ds.series.find((s) => s.id === l.series), 'other') };
			})
	}));
	const seriesIds = [...new Set(rows.flatMap((r) => r.comparisons.map((c) => c.series)))];
	const series = ds.series.filter((s) => seriesIds.includes(s.id)).map((s) => ({ id: s.id, short: s.short, scope: seriesScope(ds, s) }));
	const compared = rows.flatMap((r) => r.comparisons.map((c) => loans.get(c.id) as LoanClaim));
	const where = describeWhere(scope.countries, scope.regions);
	const what = b.sectors ? `${b.release} projects that AidData recommends for research, ${years}` : `${b.release} commitments`;
	const sectorWords = b.sectors
		? ` Only ${b.release} (${b.first}–${b.last}) gives a sector, so these are its projects, not the GCDF 3.0 totals; no other source's figures are drawn beside them.${v.leftOut ? ` ${capitalise(v.leftOut)}.` : ''}`
		: '';
	return {
		id: 'lending-ranked',
		title: b.sectors ? `Chinese lending by country, every borrower: ${b.sectors}` : 'Chinese lending by country, every borrower',
		subtitle: `${v.subtitle.replace(/\.$/, '')}. ${what}${f.showAll || all.length <= TOP ? '' : `; the first ${TOP} shown`}.`,
		description: rows.length
			? `${all.length} borrowers in ${where} ranked by Chinese official finance committed ${years}${b.sectors ? ` in the sector ${b.sectors}` : ''}, in ${b.dollarsWords}; ${rows[0]!.name} first with ${usdWords(rows[0]!.usd)}.${f.showAll || all.length <= TOP ? '' : ` The first ${TOP} are drawn; the rest are one link away.`}${sectorWords}`
			: `No borrowers in ${where} under these filters.${sectorWords}`,
		basis: b,
		documents: [b.table, ...citedDocuments(compared)],
		rows,
		total: all.length,
		showAll: f.showAll,
		toggleQuery: filtersToQuery({ ...f, showAll: !f.showAll }) || '?',
		series,
		maxUsd: Math.max(0, ...rows.map((r) => r.usd), ...rows.flatMap((r) => r.comparisons.map((c) => c.usd))),
		table: table(
			[
				{ key: 'rank', label: 'Rank', numeric: true },
				{ key: 'borrower', label: 'Borrower' },
				{ key: 'series', label: 'Source' },
				{ key: 'amount', label: 'Amount' },
				{ key: 'amount_usd', label: 'Amount (US$)', numeric: true },
				{ key: 'dollars', label: 'Dollars' },
				{ key: 'record', label: 'Mark' }
			],
			rows.flatMap((r) => [
				{ rank: r.rank, borrower: r.name, series: b.sectors ? `${b.release}, ${b.sectors}` : b.release, amount: usdWords(r.usd), amount_usd: Math.round(r.usd), dollars: b.dollars, record: r.info.id },
				...r.comparisons.map((c) => {
					const l = loans.get(c.id) as LoanClaim;
					return { rank: r.rank, borrower: r.name, series: series.find((s) => s.id === c.series)?.short ?? c.series, amount: usdWords(c.usd), amount_usd: c.usd, dollars: l.dollars, record: c.id };
				})
			])
		)
	};
}

// ---------------------------------------------------------------------------------------------
// The world map

export interface WorldMapCountry {
	readonly code: string;
	readonly numeric: string;
	readonly name: string;
	readonly usd: number;
	readonly inFocus: boolean;
	readonly info: MarkInfo;
}

export interface WorldMapChartView extends ChartViewBase {
	readonly id: 'world-map';
	/** What the shading is: release, dollars, years, sector. */
	readonly basis: LendingBasis;
	/** URL value of the region the map frames, or null for the world. */
	readonly focus: string | null;
	readonly focusName: string | null;
	/**
	 * What the map frames: the focus region's members as the table places them (ISO numeric
	 * codes, the shapes' ids, sorted), whatever the other filters leave a figure to; none for
	 * the world. So changing the flow class or the years never moves the map.
	 */
	readonly frame: readonly string[];
	readonly countries: readonly WorldMapCountry[];
	/** Top of the colour scale: the largest figure in focus. */
	readonly maxUsd: number;
	/** What the shading shows, in words. */
	readonly scope: string;
}

export function worldMapChart(ds: Dataset, f: Filters): WorldMapChartView {
	const scope = tableScopeOf(f);
	const focus = mapFocusOf(f);
	const v = worldMapView(ds, scope, focus, f.crsSectors);
	const b = v.basis;
	const years = basisYears(b, scope.from, scope.to);
	// A country with no commitments in scope is drawn unshaded, not as a $0 mark.
	const countries = v.countries
		.filter((c) => c.usd > 0 && c.numeric)
		// The country's cells stay on the server: the page gets their count and a link to them
		// (`info`), not every cell of every country (a megabyte on each filter change).
		.map((c) => ({
			code: c.code,
			numeric: c.numeric,
			name: c.name,
			usd: c.usd,
			inFocus: c.inFocus,
			info: cellInfo(ds, `world-map:${c.code}`, c.evidence, {
				title: b.sectors ? `${c.name}; ${b.sectors}` : c.name,
				value: `${usdWords(c.usd)} committed, ${b.dollars} (${b.release}${b.sectors ? `, ${c.evidence.length} project${c.evidence.length === 1 ? '' : 's'}` : ''})`,
				date: years
			})
		}));
	const focusName = focus ? (REGIONS[focus] ?? focus) : null;
	const top = [...countries].filter((c) => c.inFocus).sort((a, b) => b.usd - a.usd)[0];
	const what = b.sectors ? `${b.release} projects that AidData recommends for research` : `${b.release} commitments`;
	const sectorWords = b.sectors
		? ` Only ${b.release} (${b.first}–${b.last}) gives a sector, so these are its projects, not the GCDF 3.0 totals.${v.leftOut ? ` ${capitalise(v.leftOut)}.` : ''}`
		: '';
	return {
		id: 'world-map',
		title: b.sectors ? `Chinese lending around the world: ${b.sectors}` : 'Chinese lending around the world',
		subtitle: `${v.subtitle.replace(/\.$/, '')}. ${what}, ${years}.`,
		description: top
			? `A world map shaded by Chinese official finance committed to each recipient ${years}${b.sectors ? ` in the sector ${b.sectors}` : ''}, ${b.dollarsWords}${focusName ? `, framed on ${focusName}` : ''}. ${countries.length} recipients have a figure; the largest${focusName ? ` in ${focusName}` : ''} is ${top.name}, with ${usdWords(top.usd)}.${sectorWords}`
			: `No recipient has a figure under these filters.${sectorWords}`,
		basis: b,
		documents: [b.table],
		focus,
		focusName,
		frame: v.frame,
		countries,
		maxUsd: v.max,
		scope: `${b.sectors ? `${b.release} projects, ${b.sectors},` : `${b.release} commitments`} ${years}, ${b.dollars}`,
		table: table(
			[
				{ key: 'country', label: 'Recipient' },
				{ key: 'in_focus', label: focusName ? `In ${focusName}` : 'In focus' },
				{ key: 'amount', label: 'Amount' },
				{ key: 'amount_usd', label: 'Amount (US$)', numeric: true },
				{ key: 'dollars', label: 'Dollars' },
				{ key: 'record', label: 'Mark' }
			],
			[...countries]
				.sort((a, b) => b.usd - a.usd)
				.map((c) => ({ country: c.name, in_focus: c.inFocus ? 'yes' : 'no', amount: usdWords(c.usd), amount_usd: Math.round(c.usd), dollars: b.dollars, record: c.info.id }))
		)
	};
}

// ---------------------------------------------------------------------------------------------
// Debt owed to China

export interface DebtPoint {
	readonly year: number;
	readonly usd: number;
	readonly info: MarkInfo;
}

export interface DebtLine {
	readonly creditor: Creditor;
	readonly label: string;
	readonly points: readonly DebtPoint[];
}

export interface DebtChartView extends ChartViewBase {
	readonly id: 'debt-to-china';
	readonly debtor: string;
	/** Every debtor the table holds, for choosing another (null code: the aggregate). */
	readonly debtors: readonly { readonly code: string | null; readonly name: string }[];
	readonly lines: readonly DebtLine[];
	readonly maxUsd: number;
	readonly years: readonly [number, number] | null;
	/** Why the aggregate is shown when a country was asked for, if it was. */
	readonly note: string | null;
}

export function debtChart(ds: Dataset, f: Filters): DebtChartView {
	const asked = f.countries.length === 1 ? f.countries[0]! : null;
	const own = asked ? debtView(ds, asked) : null;
	const v = own ?? debtView(ds, null);
	const note =
		f.countries.length && !own
			? `The World Bank's table holds debt to China for African debtors only; ${f.countries.length === 1 ? `${f.countries[0]} is not one of them` : 'one country at a time can be shown'}, so the African aggregate is shown.`
			: null;
	const lines: DebtLine[] = v
		? CREDITORS.map((c) => ({
				creditor: c,
				label: CREDITOR_LABELS[c],
				points: v.years.flatMap((y) => {
					const usd = y.stocks[c];
					if (usd === null) return [];
					const cell = y.evidence.find((e) => cellCreditor(ds, e) === c);
					return [
						{
							year: y.year,
							usd,
							info: cellInfo(ds, `debt-to-china:${c}:${y.year}`, cell ? [cell] : [], {
								title: `${v.debtor}: debt owed to ${CREDITOR_SHORT[c]}`,
								value: `${usdWords(usd)} owed at the end of ${y.year}, current US$ (World Bank IDS)`,
								date: String(y.year)
							})
						}
					];
				})
			}))
		: [];
	const all = lines.flatMap((l) => l.points);
	const years = all.length ? ([Math.min(...all.map((p) => p.year)), Math.max(...all.map((p) => p.year))] as const) : null;
	const last = v?.years.at(-1);
	return {
		id: 'debt-to-china',
		title: v ? `Debt owed to China and to other creditors: ${v.debtor}` : 'Debt owed to China and to other creditors',
		subtitle: `${v?.subtitle ?? ''} World Bank International Debt Statistics; a stock, not new lending. ${sectorNotApplied(ds, f, 'debt stocks have no sector')}`.trim(),
		description:
			v && last
				? `${v.debtor}'s public and publicly guaranteed external debt at the end of each year ${years![0]}–${years![1]}, in current US dollars, owed to China's bilateral and private creditors and to all other creditors.${last.chinaShare !== null ? ` In ${last.year} China held ${Math.round(last.chinaShare * 100)}% of it.` : ''}`
				: 'No debt figures under these filters.',
		documents: [TABLE_IDS.debt],
		debtor: v?.debtor ?? DEBT_AGGREGATE,
		debtors: v?.debtors ?? [],
		lines,
		maxUsd: Math.max(0, ...all.map((p) => p.usd)),
		years,
		note,
		table: table(
			[
				{ key: 'year', label: 'Year', numeric: true },
				{ key: 'creditor', label: 'Creditor' },
				{ key: 'amount', label: 'Debt owed' },
				{ key: 'amount_usd', label: 'Debt owed (US$)', numeric: true },
				{ key: 'dollars', label: 'Dollars' },
				{ key: 'record', label: 'Mark' }
			],
			lines.flatMap((l) => l.points.map((p) => ({ year: p.year, creditor: l.label, amount: usdWords(p.usd), amount_usd: p.usd, dollars: 'current US$', record: p.info.id })))
		)
	};
}

const creditorOfCell = new WeakMap<CellEvidence, Creditor>();

/** Which creditor group a debt cell belongs to, by the record that cites it. */
function cellCreditor(ds: Dataset, e: CellEvidence): Creditor | undefined {
	if (!creditorOfCell.has(e)) for (const d of ds.tables.debt) creditorOfCell.set(d.evidence, d.creditor);
	return creditorOfCell.get(e);
}

/**
 * What a source line says for each document or published table a chart cites, by id: a
 * document's title; a table's title, publisher, release and licence, which its licence asks
 * every reuse to name.
 */
export function sourceTitles(ds: Dataset): Record<string, string> {
	return Object.fromEntries([
		...ds.documents.map((d) => [d.id, d.title]),
		...ds.datasets.map((d) => [d.id, `${d.title} (${d.publisher}, ${d.release}; licence ${d.licence.id})`])
	]);
}

export interface CitedRow {
	readonly row: number;
	readonly key: string;
	/** The cells of this row that records were read from, in column order of first use. */
	readonly cells: readonly { readonly column: string; readonly text: string; readonly start: number; readonly end: number }[];
}

/** Every cell records cite in the given rows of a published table: what a mark's evidence link shows. */
export function citedRows(ds: Dataset, tableId: string, rows: readonly number[]): CitedRow[] {
	const wanted = new Set(rows);
	const t = ds.tables;
	const all: CellEvidence[] = [
		...t.countryYears.map((r) => r.evidence),
		...t.countryTotals.map((r) => r.evidence),
		...t.worldYears.map((r) => r.evidence),
		...t.debt.map((r) => r.evidence),
		...t.projects.flatMap((p) => Object.values(p.evidence))
	];
	const byRow = new Map<number, { key: string; cells: Map<string, CitedRow['cells'][number]> }>();
	for (const e of all) {
		if (e.table !== tableId || !wanted.has(e.row)) continue;
		const r = byRow.get(e.row) ?? { key: e.key, cells: new Map() };
		r.cells.set(e.column, { column: e.column, text: e.text, start: e.start, end: e.end });
		byRow.set(e.row, r);
	}
	return [...byRow].sort((a, b) => a[0] - b[0]).map(([row, r]) => ({ row, key: r.key, cells: [...r.cells.values()] }));
}
