/**
 * The timeline's view: one lane per event kind that has events, a lane of sanctions and a
 * lane of loan claims, with labelled eras behind them. Every item keeps its date at the
 * precision the evidence gives (a day is a point, a week, month, year or range a span, a
 * decade a faint band), and a loan claim whose period is only given in words ("over the
 * past decade") is drawn as what it is: a span reckoned back from the publication date and
 * marked "as reported", never as an exact period.
 */
import { citedDocuments, markInfo, type MarkInfo } from '../mark-info.ts';
import type { Precision } from '../dates.ts';
import { applyFilters, describeFilters, NO_FILTERS, notApplied, type Filters } from '../filters.ts';
import { formatUsd } from '../money.ts';
import { scopeLine } from '../quantity.ts';
import { capitalise, countPhrase, countsPhrase } from '../words.ts';
import { SECTORS } from '../vocabulary.ts';
import { TIMELINE_LANES, type TimelineLaneId } from './labels.ts';
import { borrowerName, periodLabel } from '../summary.ts';
import { DAY, dayOf, dayStart } from '../days.ts';
import type { Dataset, Era, LensEvent, LoanClaim, Sanction, Sector } from '../types.ts';
import { amountLabel, loanMarkInfo } from './lending.ts';
import { ACTION_LABELS, sectorLabel } from './sanctions.ts';
import type { ChartTable, ChartViewBase } from './types.ts';

export { TIMELINE_LANES, type TimelineLaneId };

/**
 * How an item is drawn: a point (a day, or a debt stock at the end of its period), a span
 * (week, month, year, range), a band (a decade: known only roughly) or an as-reported span
 * (a period given only in words).
 */
export type TimelineShape = 'point' | 'span' | 'band' | 'as-reported';

export interface TimelineItem {
	/** Record id. */
	readonly id: string;
	readonly lane: TimelineLaneId;
	/** First day drawn, YYYY-MM-DD. */
	readonly start: string;
	/** Last day drawn (inclusive), YYYY-MM-DD. */
	readonly end: string;
	readonly precision: Precision | 'as-reported';
	readonly shape: TimelineShape;
	/** The text drawn beside or inside the mark (shortened to fit when drawn). */
	readonly label: string;
	/** A sanction's first sector, which colours it. */
	readonly sector: Sector | null;
	readonly info: MarkInfo;
}

export interface TimelineLane {
	readonly id: TimelineLaneId;
	readonly label: string;
	/** What one item of the lane is, and many: ["loan claim", "loan claims"]. */
	readonly noun: readonly [singular: string, plural: string];
	readonly items: readonly TimelineItem[];
}

export interface TimelineEra {
	readonly id: string;
	readonly label: string;
	readonly start: string;
	/** Last day (inclusive); for an open era, the end of the data. */
	readonly end: string;
	/** True when the era has no recorded end and is drawn to the end of the data. */
	readonly open: boolean;
	readonly info: MarkInfo;
}

/** An item as the overview strip draws it: every item under the filters but the time window. */
export interface TimelineOverviewMark {
	readonly lane: TimelineLaneId;
	readonly start: string;
	readonly end: string;
}

export interface TimelineView extends ChartViewBase {
	readonly id: 'timeline';
	/** The whole dataset's time extent, whatever the filters: the overview's scale. */
	readonly domain: { readonly start: string; readonly end: string };
	/** The active time window (the `from`/`to` filters). */
	readonly window: { readonly from: string | null; readonly to: string | null };
	/** Where the timeline opens: the time window if one is set, else the span that holds most items. */
	readonly focus: { readonly start: string; readonly end: string };
	readonly lanes: readonly TimelineLane[];
	readonly eras: readonly TimelineEra[];
	readonly overview: readonly TimelineOverviewMark[];
	/** Sectors of the drawn sanctions, in legend order. */
	readonly sectors: readonly Sector[];
	/** Items that cannot be placed in time, in words (e.g. a period "as reported" with no date to count from). */
	readonly notes: readonly string[];
}

const LANE_LABELS: Record<TimelineLaneId, string> = {
	political: 'Political',
	diplomatic: 'Diplomatic',
	military: 'Military',
	economic: 'Economic',
	humanitarian: 'Humanitarian',
	media: 'Media',
	sanctions: 'US sanctions',
	lending: 'Chinese lending'
};

const LANE_NOUNS: Record<TimelineLaneId, readonly [string, string]> = {
	political: ['political event', 'political events'],
	diplomatic: ['diplomatic event', 'diplomatic events'],
	military: ['military event', 'military events'],
	economic: ['economic event', 'economic events'],
	humanitarian: ['humanitarian event', 'humanitarian events'],
	media: ['media event', 'media events'],
	sanctions: ['sanctions measure', 'sanctions measures'],
	lending: ['loan claim', 'loan claims']
};

/** Share of items the opening window holds when no time window is set. */
const FOCUS_SHARE = 0.75;

// --- calendar days as UTC -------------------------------------------------------------------

const addDays = (day: string, n: number) => dayOf(dayStart(day) + n * DAY);
function addYears(day: string, n: number): string {
	const d = new Date(dayStart(day));
	d.setUTCFullYear(d.getUTCFullYear() + n);
	return dayOf(d.getTime());
}

// --- what a mark says ----------------------------------------------------------------------

/** A day is a point, a decade a band, anything else a span over the days it covers. */
function shapeOf(precision: Precision): TimelineShape {
	return precision === 'day' ? 'point' : precision === 'decade' ? 'band' : 'span';
}

function eventItem(ds: Dataset, e: LensEvent): TimelineItem {
	const where = e.location ?? e.places.map((p) => p.name).join(', ');
	const value = `${LANE_LABELS[e.kind]} event${where ? ` · ${where}` : ''}`;
	return {
		id: e.id,
		lane: e.kind,
		start: e.date.start,
		end: e.date.end,
		precision: e.date.precision,
		shape: shapeOf(e.date.precision),
		label: e.title,
		sector: null,
		info: markInfo(ds, e, { title: e.title, value, date: e.date.label })
	};
}

function sanctionItem(ds: Dataset, s: Sanction): TimelineItem {
	// Worded as the sanctions chart words it, so a measure reads the same in both.
	const sectors = SECTORS.filter((x) => s.sectors.includes(x)).map(sectorLabel).join(', ').toLowerCase();
	const assets = s.assetsBlockedUsd ? `; ${formatUsd(s.assetsBlockedUsd)} of assets blocked` : '';
	const value = `${ACTION_LABELS[s.action]}: ${s.instrument}; sectors: ${sectors}${assets}`;
	return {
		id: s.id,
		lane: 'sanctions',
		start: s.date.start,
		end: s.date.end,
		precision: s.date.precision,
		shape: shapeOf(s.date.precision),
		label: s.title,
		sector: s.sectors[0] ?? null,
		info: markInfo(ds, s, { title: s.title, value, date: s.date.label })
	};
}

/**
 * How many years a period in words reaches back ("over the past decade" is 10), or null
 * when the words give no length.
 */
export function yearsAsReported(words: string): number | null {
	const m = /\b(?:past|last)\s+(decade|year|(\d+)\s+years)\b/i.exec(words);
	if (!m) return null;
	if (m[1]?.toLowerCase() === 'decade') return 10;
	if (m[1]?.toLowerCase() === 'year') return 1;
	return Number(m[2]);
}

/** A loan claim's place in time, or the reason it has none. */
function loanPlacement(ds: Dataset, l: LoanClaim): Pick<TimelineItem, 'start' | 'end' | 'precision' | 'shape'> | string {
	if (l.period) {
		if (l.measure === 'debt-stock') return { start: l.period.end, end: l.period.end, precision: 'day', shape: 'point' };
		return { start: l.period.start, end: l.period.end, precision: l.period.precision, shape: shapeOf(l.period.precision) };
	}
	const words = l.periodAsReported ?? '';
	const years = yearsAsReported(words);
	const doc = ds.documents.find((d) => d.id === l.evidence[0]?.document);
	if (years === null || !doc || doc.kind !== 'news') {
		return `${borrowerName(ds, l)}: ${l.amountText} “${words}”, as reported, with no period that can be drawn.`;
	}
	const published = doc.date.end;
	return { start: addDays(addYears(published, -years), 1), end: published, precision: 'as-reported', shape: 'as-reported' };
}

/** As the lending chart describes the claim; a debt stock is dated to the end of its period, where it is drawn. */
function loanInfo(ds: Dataset, l: LoanClaim): MarkInfo {
	const info = loanMarkInfo(ds, l, ds.series.find((s) => s.id === l.series));
	return l.measure === 'debt-stock' && l.period ? { ...info, date: `end of ${l.period.label}` } : info;
}

/**
 * What a loan bar says it is: series, borrower, figure, measure, the whole period and the
 * dollars, in the words the lending chart's legends use (quantity.ts): "AidData 2000–2021,
 * Venezuela: $112.9 billion committed 2000–2021, constant 2021 US$". The period is the
 * claim's own, so a bar cut by the window still says how long it runs.
 */
export function loanLabel(ds: Dataset, l: LoanClaim): string {
	const series = ds.series.find((s) => s.id === l.series)?.short ?? l.series;
	return `${series}, ${borrowerName(ds, l)}: ${amountLabel(l.amountUsd)} ${scopeLine(l)}`;
}

// --- the view ------------------------------------------------------------------------------

interface Placed {
	readonly start: string;
	readonly end: string;
}

/** The whole dataset's extent: every dated record, eras and periods reckoned from words included. */
function extentOf(placed: readonly Placed[]): { start: string; end: string } {
	let start = '9999-12-31';
	let end = '0000-01-01';
	for (const p of placed) {
		if (p.start < start) start = p.start;
		if (p.end > end) end = p.end;
	}
	return placed.length ? { start, end } : { start: '2000-01-01', end: '2000-12-31' };
}

/**
 * The shortest run of whole years holding `share` of the items (by their midpoints), so
 * the timeline opens where the records are dense rather than on forty mostly empty years.
 */
export function denseWindow(items: readonly Placed[], share = FOCUS_SHARE): { start: string; end: string } | null {
	const mids = items.map((i) => (dayStart(i.start) + dayStart(i.end)) / 2).sort((a, b) => a - b);
	if (!mids.length) return null;
	const need = Math.max(1, Math.ceil(mids.length * share));
	let best: [number, number] = [mids[0] as number, mids[mids.length - 1] as number];
	for (let i = 0; i + need - 1 < mids.length; i++) {
		const a = mids[i] as number;
		const b = mids[i + need - 1] as number;
		if (b - a < best[1] - best[0]) best = [a, b];
	}
	const first = new Date(best[0]).getUTCFullYear();
	const last = new Date(best[1]).getUTCFullYear();
	return { start: `${first}-01-01`, end: `${last}-12-31` };
}

function itemsOf(ds: Dataset, records: ReturnType<typeof applyFilters>, notes?: string[]): TimelineItem[] {
	const items: TimelineItem[] = [];
	for (const e of records.events) items.push(eventItem(ds, e));
	for (const s of records.sanctions) items.push(sanctionItem(ds, s));
	for (const l of records.loans) {
		const placed = loanPlacement(ds, l);
		if (typeof placed === 'string') {
			notes?.push(placed);
			continue;
		}
		items.push({
			id: l.id,
			lane: 'lending',
			...placed,
			label: loanLabel(ds, l),
			sector: null,
			info: loanInfo(ds, l)
		});
	}
	return items;
}

const byDate = (a: TimelineItem, b: TimelineItem) =>
	a.start.localeCompare(b.start) || b.end.localeCompare(a.end) || a.label.localeCompare(b.label);

export function timelineView(ds: Dataset, f: Filters): TimelineView {
	const records = applyFilters(ds, f);
	const notes: string[] = [];
	const items = itemsOf(ds, records, notes);

	const everything = itemsOf(ds, applyFilters(ds, NO_FILTERS));
	const allEras = ds.eras.map((e) => ({ start: e.start.start, end: e.end?.end ?? e.start.end }));
	const domain = extentOf([...everything, ...allEras]);

	const lanes: TimelineLane[] = [];
	for (const id of TIMELINE_LANES) {
		const laneItems = items.filter((i) => i.lane === id);
		if (!laneItems.length) continue;
		// Loan claims keep the curated order (source by source); the rest read by date.
		if (id !== 'lending') laneItems.sort(byDate);
		lanes.push({ id, label: LANE_LABELS[id], noun: LANE_NOUNS[id], items: laneItems });
	}

	const eras = records.eras.map((e: Era): TimelineEra => {
		const end = e.end?.end ?? domain.end;
		const date = e.end ? `${e.start.label} – ${e.end.label}` : `From ${e.start.label}, no end recorded`;
		return { id: e.id, label: e.label, start: e.start.start, end, open: !e.end, info: markInfo(ds, e, { title: e.label, value: 'Labelled period', date }) };
	});

	const overview = itemsOf(ds, applyFilters(ds, { ...f, from: null, to: null })).map(({ lane, start, end }) => ({ lane, start, end }));

	const window = { from: f.from, to: f.to };
	const focus =
		f.from || f.to
			? { start: f.from && f.from > domain.start ? f.from : domain.start, end: f.to && f.to < domain.end ? f.to : domain.end }
			: (denseWindow(items) ?? domain);

	const sectors = [...new Set(items.flatMap((i) => (i.sector ? [i.sector] : [])))];

	const table: ChartTable = {
		columns: [
			{ key: 'lane', label: 'Lane' },
			{ key: 'date', label: 'Date' },
			{ key: 'title', label: 'Title' },
			{ key: 'value', label: 'Value' },
			{ key: 'id', label: 'Record' }
		],
		rows: [
			...eras.map((e) => ({ lane: 'Eras', date: e.info.date, title: e.label, value: e.info.value, id: e.id })),
			...lanes.flatMap((lane) =>
				lane.items.map((i) => ({ lane: lane.label, date: i.info.date, title: i.info.title, value: i.info.value, id: i.id }))
			),
			...records.loans
				.filter((l) => !items.some((i) => i.id === l.id))
				.map((l) => ({ lane: LANE_LABELS.lending, date: periodLabel(l), title: loanInfo(ds, l).title, value: loanInfo(ds, l).value, id: l.id }))
		]
	};

	const documents = citedDocuments([...records.events, ...records.sanctions, ...records.loans, ...records.eras]);

	const years = (a: string, b: string) => (a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : `${a.slice(0, 4)} to ${b.slice(0, 4)}`);
	const shown = extentOf(items);
	const description = items.length
		? `${capitalise(
				countsPhrase([
					[records.events.length, 'event'],
					[records.sanctions.length, 'sanctions measure'],
					[records.loans.length, 'loan claim']
				])
			)} from ${years(shown.start, shown.end)}` +
			`${eras.length ? `, with ${countPhrase(eras.length, 'labelled era')}` : ''}.` +
			(f.from || f.to ? '' : ` Most fall in ${years(focus.start, focus.end)}.`)
		: 'No events, sanctions or loan claims match the filters.';

	return {
		id: 'timeline',
		title: 'Events, sanctions and lending over time',
		subtitle: `${describeFilters(ds, f)}${notApplied(ds, f, 'its events, sanctions and eras have no lending sector')}`,
		description,
		documents,
		table,
		domain,
		window,
		focus,
		lanes,
		eras,
		overview,
		sectors,
		notes
	};
}
