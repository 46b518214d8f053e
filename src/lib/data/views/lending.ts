/**
 * Chinese lending by country: one bar per borrower for the chosen series (the news report by
 * default), with every other series' figure for the same borrower as a comparison mark.
 * Series measure different things (a decade "as reported", 2005-2017 commitments, all
 * official finance 2000-2021 in constant dollars, a debt stock), so each series carries its
 * scope in words and no figure is merged with another. Region-level figures are not country
 * bars; they are listed as notes so nothing is dropped silently.
 */
import { citedDocuments, markInfo, type MarkInfo } from '../mark-info.ts';
import { applyFilters, describeFilters, notApplied, type Filters } from '../filters.ts';
import { formatUsd } from '../money.ts';
import { isSuperseded, quantityGroups, shownBefore } from '../quantity.ts';
import { AMOUNT_WORDS, countPhrase, DOLLAR_SHORT, MEASURE_VERB } from '../words.ts';
import { borrowerName, periodLabel } from '../summary.ts';
import type { Dataset, Dollars, LoanClaim, Series } from '../types.ts';
import type { ChartTable, ChartViewBase } from './types.ts';

/** The series drawn as bars when the filters name none: the news report the dashboard is about. */
export const DEFAULT_SOURCE = 'wsws-2019-article';

/** Only loans from China are drawn. */
const LENDER = 'CHN';

export interface LendingSeries {
	readonly id: string;
	readonly short: string;
	readonly name: string;
	readonly description: string;
	readonly dollars: Dollars;
	/** Period, measure and dollars in words, for the legend: "AidData 2000–2021: committed 2000–2021, constant 2021 US$". */
	readonly scope: string;
	/** Drawn as bars (the chosen series) or as comparison marks. */
	readonly role: 'bars' | 'comparison';
	/** How its marks stand to the bars: the bars themselves, the same quantity, another quantity, or some of each. */
	readonly quantity: 'bars' | 'same' | 'other' | 'mixed';
}

export interface LendingMark {
	readonly id: string;
	readonly series: string;
	readonly amountUsd: number;
	/** "$62.2 billion" ("none" for a reported zero). */
	readonly amount: string;
	/** "$62 billion", or "$62.2 billion (17 loans)" where the source counts loans. */
	readonly label: string;
	readonly loanCount: number | null;
	/**
	 * The bar itself, or a comparison mark reporting the same quantity as its row's bar, or
	 * another one; 'alone' in a row with no bar.
	 */
	readonly quantity: 'bar' | 'same' | 'other' | 'alone';
	/** A later release revised this figure (or a total it is part of). */
	readonly superseded: boolean;
	readonly info: MarkInfo;
}

export interface LendingRow {
	/** ISO 3166-1 alpha-3. */
	readonly code: string;
	readonly name: string;
	/** The chosen series' figure, or null when that series has none for this country. */
	readonly bar: LendingMark | null;
	/** Other series' figures, in series order. */
	readonly comparisons: readonly LendingMark[];
}

export interface RegionNote {
	readonly id: string;
	readonly region: string;
	readonly series: string;
	/** "Latin America and the Caribbean: $7.7 billion lent in 2018 (CLFD 2018)". */
	readonly text: string;
	readonly superseded: boolean;
	readonly info: MarkInfo;
}

export interface LendingView extends ChartViewBase {
	readonly id: 'lending-by-country';
	/** Id of the series drawn as bars. */
	readonly source: string;
	/** The bar series first, then each comparison series that has a mark shown. */
	readonly series: readonly LendingSeries[];
	readonly rows: readonly LendingRow[];
	/** Figures for regions rather than countries, listed under the chart. */
	readonly regionNotes: readonly RegionNote[];
	/** Largest amount shown, bars and comparison marks alike (0 when nothing is shown). */
	readonly maxUsd: number;
}


/** The period a set of claims covers, in words: one label, a span of years, or the words as reported. */
function periodPhrase(claims: readonly LoanClaim[]): string {
	const reported = [...new Set(claims.filter((c) => !c.period).map((c) => c.periodAsReported ?? ''))];
	const dated = claims.flatMap((c) => (c.period ? [c.period] : []));
	const labels = [...new Set(dated.map((p) => p.label))];
	const parts = reported.map((r) => `“${r}” (as reported)`);
	if (labels.length === 1) parts.push(labels[0] as string);
	else if (labels.length > 1) {
		const from = dated.map((p) => p.start).sort()[0]?.slice(0, 4);
		const to = dated.map((p) => p.end).sort().at(-1)?.slice(0, 4);
		parts.push(`${from}–${to}`);
	}
	return parts.join(' and ');
}

/** The legend's words for a series: what it measures, over which period, in which dollars. */
export function seriesScope(ds: Dataset, s: Series): string {
	const claims = ds.loans.filter((l) => l.series === s.id);
	const measures = [...new Set(claims.map((c) => c.measure))];
	const what = measures
		.map((m) => `${MEASURE_VERB[m]} ${periodPhrase(claims.filter((c) => c.measure === m))}`.trim())
		.join('; ');
	return `${s.short}: ${what ? `${what}, ` : ''}${DOLLAR_SHORT[s.dollars]}`;
}

/** The series the filters ask for, else the default, else the first one. */
export function chosenSeries(ds: Dataset, f: Filters): Series | undefined {
	return (
		ds.series.find((s) => s.id === f.source) ?? ds.series.find((s) => s.id === DEFAULT_SOURCE) ?? ds.series[0]
	);
}

/** "$62 billion", "none" for a reported zero. */
export function amountLabel(usd: number): string {
	return usd === 0 ? 'none' : formatUsd(usd);
}

function loanWords(n: number | null): string {
	return n === null ? '' : ` in ${n} loan${n === 1 ? '' : 's'}`;
}

const QUANTITY_WORDS: Record<LendingMark['quantity'], string> = {
	bar: '',
	alone: '',
	same: 'the same quantity as the bar',
	other: 'a different quantity from the bar'
};

/** A mark's tooltip: the figure and its scope, whether it is the bar's quantity, and whether it was superseded. */
export function loanMarkInfo(ds: Dataset, l: LoanClaim, s: Series | undefined, quantity: LendingMark['quantity'] = 'bar'): MarkInfo {
	const notes = [QUANTITY_WORDS[quantity], isSuperseded(l) ? 'superseded by a later release' : ''].filter(Boolean);
	return markInfo(ds, l, {
		title: `${borrowerName(ds, l)}, ${s?.short ?? l.series}`,
		value:
			`${amountLabel(l.amountUsd)} ${AMOUNT_WORDS[l.measure]}${loanWords(l.loanCount)}, ${DOLLAR_SHORT[l.dollars]}` +
			(notes.length ? `; ${notes.join('; ')}` : ''),
		date: periodLabel(l)
	});
}

function toMark(ds: Dataset, l: LoanClaim, s: Series | undefined, quantity: LendingMark['quantity']): LendingMark {
	return {
		id: l.id,
		series: l.series,
		amountUsd: l.amountUsd,
		amount: amountLabel(l.amountUsd),
		label: `${amountLabel(l.amountUsd)}${l.loanCount === null ? '' : ` (${l.loanCount} loans)`}`,
		loanCount: l.loanCount,
		quantity,
		superseded: isSuperseded(l),
		info: loanMarkInfo(ds, l, s, quantity)
	};
}

const TABLE_COLUMNS = [
	{ key: 'borrower', label: 'Borrower' },
	{ key: 'series', label: 'Series' },
	{ key: 'shown_as', label: 'Shown as' },
	{ key: 'amount', label: 'Amount' },
	{ key: 'amount_usd', label: 'Amount (US$)', numeric: true },
	{ key: 'measure', label: 'Measure' },
	{ key: 'period', label: 'Period' },
	{ key: 'dollars', label: 'Dollars' },
	{ key: 'loans', label: 'Loans', numeric: true },
	{ key: 'status', label: 'Status' },
	{ key: 'record', label: 'Record' }
] as const;

function tableRow(ds: Dataset, l: LoanClaim, shownAs: string, s: Series | undefined): Record<string, string | number | null> {
	return {
		borrower: borrowerName(ds, l),
		series: s?.short ?? l.series,
		shown_as: shownAs,
		amount: amountLabel(l.amountUsd),
		amount_usd: l.amountUsd,
		measure: l.measure,
		period: periodLabel(l),
		dollars: l.dollars,
		loans: l.loanCount,
		status: isSuperseded(l) ? 'superseded' : 'current',
		record: l.id
	};
}

export function lendingView(ds: Dataset, f: Filters): LendingView {
	const source = chosenSeries(ds, f);
	const sourceId = source?.id ?? '';
	const seriesById = new Map(ds.series.map((s) => [s.id, s]));
	const loans = applyFilters(ds, f).loans.filter((l) => l.lender.code === LENDER);

	// Each borrower's bar: the chosen series' current figure before a superseded one, then the larger.
	const barClaims = new Map<string, LoanClaim>();
	for (const l of loans) {
		if (!l.borrower || l.series !== sourceId) continue;
		const held = barClaims.get(l.borrower.code);
		if (!held || shownBefore(l, held)) barClaims.set(l.borrower.code, l);
	}
	const quantity = quantityGroups(ds.loans);
	const byCountry = new Map<string, { name: string; bar: LendingMark | null; comparisons: LendingMark[] }>();
	const seriesOrder = new Map(ds.series.map((s, i) => [s.id, i]));
	for (const l of loans) {
		if (!l.borrower) continue;
		const row = byCountry.get(l.borrower.code) ?? { name: l.borrower.name, bar: null, comparisons: [] };
		byCountry.set(l.borrower.code, row);
		const bar = barClaims.get(l.borrower.code);
		const relation = !bar ? 'alone' : bar === l ? 'bar' : quantity.get(bar.id) === quantity.get(l.id) ? 'same' : 'other';
		const mark = toMark(ds, l, seriesById.get(l.series), relation);
		if (relation === 'bar') row.bar = mark;
		else row.comparisons.push(mark);
	}
	const rows: LendingRow[] = [...byCountry]
		.map(([code, r]) => ({
			code,
			name: r.name,
			bar: r.bar,
			comparisons: r.comparisons.sort(
				(a, b) => (seriesOrder.get(a.series) ?? 0) - (seriesOrder.get(b.series) ?? 0) || b.amountUsd - a.amountUsd
			)
		}))
		.sort((a, b) => {
			if (a.bar && b.bar) return b.bar.amountUsd - a.bar.amountUsd || a.name.localeCompare(b.name);
			if (a.bar || b.bar) return a.bar ? -1 : 1;
			const max = (r: LendingRow) => Math.max(...r.comparisons.map((c) => c.amountUsd));
			return max(b) - max(a) || a.name.localeCompare(b.name);
		});

	const regionLoans = loans.filter((l) => !l.borrower);
	const regionNotes: RegionNote[] = regionLoans.map((l) => {
		const s = seriesById.get(l.series);
		const info = loanMarkInfo(ds, l, s);
		return {
			id: l.id,
			region: borrowerName(ds, l),
			series: l.series,
			text: `${borrowerName(ds, l)}: ${info.value}, ${info.date} (${s?.short ?? l.series})`,
			superseded: isSuperseded(l),
			info
		};
	});

	const shownSeries = new Set(rows.flatMap((r) => r.comparisons.map((c) => c.series)));
	const comparisonMarks = rows.flatMap((r) => r.comparisons);
	const relationOf = (id: string): LendingSeries['quantity'] => {
		if (id === sourceId) return 'bars';
		// Marks in rows without a bar compare with nothing; they say nothing of the series' relation.
		const kinds = new Set(comparisonMarks.filter((m) => m.series === id && m.quantity !== 'alone').map((m) => m.quantity));
		return kinds.size === 1 && kinds.has('same') ? 'same' : kinds.has('same') ? 'mixed' : 'other';
	};
	const SERIES_QUANTITY: Record<LendingSeries['quantity'], string> = {
		bars: '',
		same: ' (the same quantity as the bars)',
		other: ' (another quantity)',
		mixed: ' (some the bars’ quantity)'
	};
	const series: LendingSeries[] = ds.series
		.filter((s) => s.id === sourceId || shownSeries.has(s.id))
		.sort((a, b) => (a.id === sourceId ? -1 : b.id === sourceId ? 1 : 0))
		.map((s) => ({
			id: s.id,
			short: s.short,
			name: s.name,
			description: s.description,
			dollars: s.dollars,
			scope: `${seriesScope(ds, s)}${SERIES_QUANTITY[relationOf(s.id)]}`,
			role: s.id === sourceId ? 'bars' : 'comparison',
			quantity: relationOf(s.id)
		}));

	const marks = rows.flatMap((r) => [...(r.bar ? [r.bar] : []), ...r.comparisons]);
	const maxUsd = Math.max(0, ...marks.map((m) => m.amountUsd));

	const barRows = rows.filter((r) => r.bar);
	const sourceShort = source?.short ?? sourceId;
	const sentences = [
		barRows.length
			? `Bars show ${sourceShort} figures for ${barRows.length} ${barRows.length === 1 ? 'country' : 'countries'}: ${barRows.map((r) => `${r.name} ${r.bar?.label}`).join(', ')}.`
			: `${sourceShort} has no country figures under these filters.`
	];
	const comparisonCount = marks.length - barRows.length;
	if (comparisonCount) {
		const same = comparisonMarks.filter((m) => m.quantity === 'same').length;
		const other = comparisonMarks.filter((m) => m.quantity === 'other').length;
		const others = series.length - 1;
		sentences.push(
			`${comparisonCount} ${comparisonCount === 1 ? 'figure' : 'figures'} from ${others} other ${others === 1 ? 'series is a comparison mark' : 'series are comparison marks'}: ` +
				[
					same ? `${same} ${same === 1 ? 'reports' : 'report'} the same quantity as a bar` : '',
					other ? `${other} ${other === 1 ? 'is' : 'are'} another quantity (a different period, measure or dollar basis)` : ''
				]
					.filter(Boolean)
					.join(', ') +
				'.'
		);
	}
	const superseded = marks.filter((m) => m.superseded).length + regionNotes.filter((n) => n.superseded).length;
	if (superseded) sentences.push(`${superseded} ${superseded === 1 ? 'figure was' : 'figures were'} superseded by a later release.`);
	if (regionNotes.length) {
		sentences.push(`${countPhrase(regionNotes.length, 'region-level figure')} ${regionNotes.length === 1 ? 'is' : 'are'} listed under the chart.`);
	}

	const loanById = new Map(loans.map((l) => [l.id, l]));
	const shownLoans = marks.map((m) => loanById.get(m.id) as LoanClaim);
	const table: ChartTable = {
		columns: TABLE_COLUMNS,
		rows: [
			...shownLoans.map((l) =>
				tableRow(ds, l, l.series === sourceId ? 'bar' : 'comparison mark', seriesById.get(l.series))
			),
			...regionLoans.map((l) => tableRow(ds, l, 'note', seriesById.get(l.series)))
		]
	};

	return {
		id: 'lending-by-country',
		title: 'Chinese lending by country',
		subtitle: `${describeFilters(ds, f)}; bars: ${source?.name ?? sourceId}${notApplied(ds, f, 'the news reports’ and databases’ loan figures here have no lending sector')}`,
		description: sentences.join(' '),
		documents: citedDocuments([...shownLoans, ...regionLoans]),
		table,
		source: sourceId,
		series,
		rows,
		regionNotes,
		maxUsd
	};
}
