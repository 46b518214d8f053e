/**
 * What the overview page needs besides the charts: the choices of the filter form, and the
 * headline figures, each pointing at the record behind it.
 */
import { formatUsd } from '../money.ts';
import type { FilteredRecords } from '../filters.ts';
import { EVENT_KINDS, SECTORS } from '../vocabulary.ts';
import type { Dataset, EventKind, Sector } from '../types.ts';

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
	/** The data's first and last day, for the date inputs' bounds. */
	readonly min: string;
	readonly max: string;
}

export function filterOptions(ds: Dataset): FilterOptions {
	const countryCounts = new Map<string, number>();
	const bump = (code: string) => countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
	for (const l of ds.loans) if (l.borrower) bump(l.borrower.code);
	for (const s of ds.sanctions) bump(s.targetCountry.code);
	for (const e of ds.events) for (const p of new Set(e.places.map((x) => x.code))) bump(p);
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
		min: days[0] ?? '',
		max: days[days.length - 1] ?? ''
	};
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

export function headlines(ds: Dataset, r: FilteredRecords, sourceId: string): Headline[] {
	const out: Headline[] = [];
	const source = ds.series.find((s) => s.id === sourceId);
	const top = r.loans
		.filter((l) => l.series === sourceId && l.borrower)
		.sort((a, b) => b.amountUsd - a.amountUsd)[0];
	if (top && top.borrower && source) {
		const others = r.loans.filter((l) => l.borrower?.code === top.borrower?.code && l.id !== top.id && l.measure === top.measure);
		const amounts = others.map((l) => l.amountUsd);
		out.push({
			figure: formatUsd(top.amountUsd),
			label: `Chinese lending to ${top.borrower.name}`,
			detail:
				`${source.short}, ${top.period?.label ?? `“${top.periodAsReported}”`}` +
				(amounts.length
					? `; ${others.length === 1 ? '1 other source reports' : `${others.length} other sources report`} ${formatUsd(Math.min(...amounts))}` +
						(amounts.length > 1 ? ` to ${formatUsd(Math.max(...amounts))}` : '')
					: ''),
			href: `/records/${top.id}`
		});
	}
	const sanctions = [...r.sanctions].sort((a, b) => a.date.start.localeCompare(b.date.start));
	const first = sanctions[0];
	const last = sanctions[sanctions.length - 1];
	out.push({
		figure: String(sanctions.length),
		label: `US sanctions measure${sanctions.length === 1 ? '' : 's'}`,
		detail: first && last ? `from ${first.date.label} to ${last.date.label}` : 'none under these filters',
		href: sanctions.length === 1 && first ? `/records/${first.id}` : null
	});
	const exact = r.events.filter((e) => e.date.precision === 'day').length;
	const looser = r.events.length - exact;
	// Counts that are zero are left out of the sentence.
	const dated = [...(exact ? [`${exact} to the day`] : []), ...(looser ? [`${looser} to a week, month, year or range`] : [])];
	out.push({
		figure: String(r.events.length),
		label: `dated event${r.events.length === 1 ? '' : 's'}`,
		detail: dated.length ? dated.join(', ') : 'none under these filters',
		href: null
	});
	return out;
}
