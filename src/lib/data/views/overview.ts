/**
 * What the overview page needs besides the charts: the choices of the filter form, and the
 * headline figures, each pointing at the record behind it.
 */
import { formatUsd } from '../money.ts';
import type { FilteredRecords } from '../filters.ts';
import { isSuperseded, quantityNoun, sameQuantityClaims, scopeLine, shownBefore } from '../quantity.ts';
import { COVERS_WORDS } from '../words.ts';
import { borrowerName } from '../summary.ts';
import { EVENT_KINDS, SECTORS } from '../vocabulary.ts';
import { WORLD } from '../filters.ts';
import { REGIONS, regionOf } from '../tables/scope.ts';
import { lendingSectors } from '../tables/sectors.ts';
import { FLOW_CLASS_LABELS, FLOW_CLASSES, type FlowClass } from '../tables/types.ts';
import type { Dataset, EventKind, LoanClaim, Sector, Series } from '../types.ts';

export { DEFAULT_SOURCE } from './lending.ts';

export interface Option<T extends string = string> {
	readonly value: T;
	readonly label: string;
	/** Records with this value in the whole dataset. */
	readonly count: number;
}

export interface FilterOptions {
	readonly countries: readonly Option[];
	readonly sectors: readonly Option<Sector>[];
	readonly kinds: readonly Option<EventKind>[];
	readonly series: readonly Option[];
	/** World Bank regions for the published tables' views, `world` first; counts are recipients with a figure. */
	readonly regions: readonly Option[];
	readonly flowClasses: readonly Option<FlowClass>[];
	/** Lending sectors (AidData GCOF 1.0's CRS sectors); counts are the projects AidData recommends for research. */
	readonly crsSectors: readonly Option[];
	/** The data's first and last day, for the date inputs' bounds. */
	readonly min: string;
	readonly max: string;
}

export function filterOptions(ds: Dataset): FilterOptions {
	const countryCounts = new Map<string, number>();
	const bump = (code: string) => countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
	for (const l of ds.loans) if (l.borrower) bump(l.borrower.code);
	for (const s of ds.sanctions) bump(s.targetCountry.code);
	for (const e of ds.events) for (const p of new Set([...e.places, ...e.subjects].map((x) => x.code))) bump(p);
	const days = [
		...ds.events.flatMap((e) => [e.date.start, e.date.end]),
		...ds.sanctions.flatMap((s) => [s.date.start, s.date.end]),
		...ds.loans.flatMap((l) => (l.period ? [l.period.start, l.period.end] : []))
	].sort();
	return {
		countries: [...countryCounts]
			.map(([code, count]) => ({ value: code, label: ds.countries[code]?.name ?? code, count }))
			.sort((a, b) => a.label.localeCompare(b.label)),
		sectors: SECTORS.map((s) => ({ value: s, label: s.replace(/-/g, ' '), count: ds.sanctions.filter((x) => x.sectors.includes(s)).length })).filter((o) => o.count),
		kinds: EVENT_KINDS.map((k) => ({ value: k, label: k, count: ds.events.filter((e) => e.kind === k).length })).filter((o) => o.count),
		series: ds.series.map((s) => ({ value: s.id, label: s.short, count: ds.loans.filter((l) => l.series === s.id).length })),
		regions: regionOptions(ds),
		flowClasses: FLOW_CLASSES.map((c) => ({ value: c, label: FLOW_CLASS_LABELS[c], count: ds.tables.countryYears.filter((r) => r.flowClass === c && r.usd > 0).length })),
		crsSectors: lendingSectors(ds.tables),
		min: days[0] ?? '',
		max: days[days.length - 1] ?? ''
	};
}

function regionOptions(ds: Dataset): Option[] {
	const of = regionOf(ds.tables);
	const count = (slug: string) => [...of.values()].filter((r) => r === slug).length;
	return [{ value: WORLD, label: 'The whole world', count: of.size }, ...Object.entries(REGIONS).map(([value, label]) => ({ value, label, count: count(value) }))];
}

export interface Headline {
	/** The figure as a reader says it: "$62 billion", "13", "26". */
	readonly figure: string;
	readonly label: string;
	/** What the figure rests on, in words. */
	readonly detail: string;
	/** Record that backs the figure, if it is one record. */
	readonly href: string | null;
}

/** "1 other source reports", "2 other sources report". */
function sourcesReport(n: number): string {
	return n === 1 ? '1 other source reports' : `${n} other sources report`;
}

/** "$18 billion", or "$62 billion to $62.2 billion" for several figures. */
function amountRange(amounts: readonly number[]): string {
	const lo = Math.min(...amounts);
	const hi = Math.max(...amounts);
	return lo === hi ? amountWords(lo) : `${amountWords(lo)} to ${amountWords(hi)}`;
}

const amountWords = (usd: number) => (usd === 0 ? 'none' : formatUsd(usd));

/**
 * The loan headline: the chosen series' largest current figure for a country (a region's
 * when the series has none for a country), named for what it measures, compared only with
 * other sources' figures for the same quantity. With no figure it says so.
 */
function loanHeadline(ds: Dataset, r: FilteredRecords, source: Series | undefined, sourceId: string): Headline {
	const mine = r.loans.filter((l) => l.series === sourceId);
	const pick = (ls: readonly LoanClaim[]) => ls.reduce<LoanClaim | undefined>((best, l) => (!best || shownBefore(l, best) ? l : best), undefined);
	const top = pick(mine.filter((l) => l.borrower)) ?? pick(mine);
	const name = source?.short ?? sourceId;
	const short = (l: LoanClaim) => ds.series.find((x) => x.id === l.series)?.short ?? l.series;
	if (!top) {
		const elsewhere = [...new Set(r.loans.map(short))];
		return {
			figure: 'No figure',
			label: `from ${name} under these filters`,
			detail: elsewhere.length
				? `Other sources with a figure here: ${elsewhere.join(', ')}.`
				: 'No source has a loan figure under these filters.',
			href: null
		};
	}
	const same = sameQuantityClaims(ds.loans, top);
	const current = same.filter((l) => !isSuperseded(l));
	const earlier = same.filter((l) => isSuperseded(l));
	const parts = [`${name}: ${scopeLine(top)}`];
	if (top.covers === 'official-finance') parts.push(COVERS_WORDS[top.covers]);
	for (const id of top.supersededBy) {
		const by = ds.loans.find((l) => l.id === id);
		if (!by) continue;
		const whole = top.related.some((x) => x.record === id && x.relation === 'revision-of') ? 'it' : `the total it is part of (${borrowerName(ds, by)})`;
		parts.push(`superseded: a later release revised ${whole} to ${amountWords(by.amountUsd)}`);
	}
	const sourcesNamed = (ls: readonly LoanClaim[]) => [...new Set(ls.map(short))].join(', ');
	parts.push(
		current.length
			? `${sourcesReport(current.length)} the same quantity (${sourcesNamed(current)}): ${amountRange(current.map((l) => l.amountUsd))}`
			: 'no other source reports the same quantity'
	);
	if (earlier.length) parts.push(`an earlier release reported ${amountRange(earlier.map((l) => l.amountUsd))}, now superseded`);
	return {
		figure: amountWords(top.amountUsd),
		label: `${quantityNoun(top)} ${top.measure === 'debt-stock' ? 'by' : 'to'} ${borrowerName(ds, top)}`,
		detail: parts.join('; '),
		href: `/records/${top.id}`
	};
}

const PRECISION_ORDER = ['day', 'week', 'month', 'year', 'decade', 'range'] as const;
const PRECISION_PHRASE: Record<(typeof PRECISION_ORDER)[number], string> = {
	day: 'to the day',
	week: 'to the week',
	month: 'to the month',
	year: 'to the year',
	decade: 'to the decade',
	range: 'as a range of dates'
};

export function headlines(ds: Dataset, r: FilteredRecords, sourceId: string): Headline[] {
	const out: Headline[] = [];
	out.push(loanHeadline(ds, r, ds.series.find((s) => s.id === sourceId), sourceId));
	const sanctions = [...r.sanctions].sort((a, b) => a.date.start.localeCompare(b.date.start));
	const first = sanctions[0];
	const last = sanctions[sanctions.length - 1];
	out.push({
		figure: String(sanctions.length),
		label: `US sanctions measure${sanctions.length === 1 ? '' : 's'}`,
		detail:
			first && last
				? first === last
					? `on ${first.date.label}`
					: `from ${first.date.label} to ${last.date.label}`
				: 'none under these filters',
		href: sanctions.length === 1 && first ? `/records/${first.id}` : null
	});
	// Every precision is counted, so the parts always add up to the figure.
	const byPrecision = PRECISION_ORDER.map((p) => [p, r.events.filter((e) => e.date.precision === p).length] as const);
	out.push({
		figure: String(r.events.length),
		label: `dated event${r.events.length === 1 ? '' : 's'}`,
		detail: r.events.length
			? byPrecision
					.filter(([, n]) => n)
					.map(([p, n]) => `${n} ${PRECISION_PHRASE[p]}`)
					.join(', ')
			: 'none under these filters',
		href: r.events.length === 1 && r.events[0] ? `/records/${r.events[0].id}` : null
	});
	return out;
}
