/**
 * Time on the timeline: calendar days (YYYY-MM-DD, as the data writes them) and instants
 * in UTC milliseconds (as the scales use them), windows of time, and which ticks an axis
 * shows for a span at a width. All UTC, so a server render and a browser in any time zone
 * draw the same days.
 */
import { utcDay, utcFormat, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import { DAY, dayOf, dayStart } from '../data/days.ts';

export { DAY, dayOf, dayStart };

/** A stretch of time: from the start instant up to (not including) the end instant. */
export interface TimeWindow {
	readonly start: number;
	readonly end: number;
}

/** The window covering the days `first` to `last`, both included. */
export function daysWindow(first: string, last: string): TimeWindow {
	return { start: dayStart(first), end: dayStart(last) + DAY };
}

/** The whole days a window touches, as an inclusive `from`/`to` pair (a filter window). */
export function windowDays(w: TimeWindow): { from: string; to: string } {
	const from = utcDay.floor(new Date(w.start)).getTime();
	const to = Math.max(from + DAY, utcDay.ceil(new Date(w.end)).getTime());
	return { from: dayOf(from), to: dayOf(to - DAY) };
}

/**
 * Keep a window inside the domain, no shorter than `minSpan` and no longer than the domain:
 * a window that would leave the domain slides back in, keeping its length.
 */
export function clampWindow(w: TimeWindow, domain: TimeWindow, minSpan: number): TimeWindow {
	const full = domain.end - domain.start;
	const span = Math.min(full, Math.max(Math.min(minSpan, full), w.end - w.start));
	const mid = (w.start + w.end) / 2;
	let start = mid - span / 2;
	if (start < domain.start) start = domain.start;
	if (start + span > domain.end) start = domain.end - span;
	return { start, end: start + span };
}

// --- axis ticks ----------------------------------------------------------------------------

export type TickUnit = 'decade' | 'year' | 'month' | 'week' | 'day';

export interface Tick {
	readonly time: number;
	readonly label: string;
}

export interface AxisTicks {
	readonly unit: TickUnit;
	/** Units per tick: 1 or 2 days, 1 or 3 months, 1, 2 or 5 years, 1 or 2 decades. */
	readonly step: number;
	readonly ticks: readonly Tick[];
	/** A second, coarser row that names what the ticks are in: the month for days, the year for months. */
	readonly context: readonly Tick[];
}

interface Density {
	unit: TickUnit;
	step: number;
	/** Roughly how long one step is, to judge spacing. */
	approx: number;
	/** The least room a tick label needs, in pixels. */
	minPx: number;
	interval: TimeInterval;
	format: (d: Date) => string;
}

const weekday = utcFormat('%a %-d');
const dayMonth = utcFormat('%-d %b');
const month = utcFormat('%b');
const year = utcFormat('%Y');
const monthYear = utcFormat('%B %Y');

const every = (interval: typeof utcDay, step: number): TimeInterval => interval.every(step) ?? interval;

/** From fine to coarse: the axis takes the first whose ticks have room for their labels. */
const DENSITIES: readonly Density[] = [
	{ unit: 'day', step: 1, approx: DAY, minPx: 44, interval: utcDay, format: weekday },
	{ unit: 'day', step: 2, approx: 2 * DAY, minPx: 44, interval: every(utcDay, 2), format: weekday },
	{ unit: 'week', step: 1, approx: 7 * DAY, minPx: 44, interval: utcMonday, format: dayMonth },
	{ unit: 'month', step: 1, approx: 30.4 * DAY, minPx: 34, interval: utcMonth, format: month },
	{ unit: 'month', step: 3, approx: 91.3 * DAY, minPx: 34, interval: every(utcMonth, 3), format: month },
	{ unit: 'year', step: 1, approx: 365.25 * DAY, minPx: 40, interval: utcYear, format: year },
	{ unit: 'year', step: 2, approx: 730.5 * DAY, minPx: 40, interval: every(utcYear, 2), format: year },
	{ unit: 'year', step: 5, approx: 1826 * DAY, minPx: 40, interval: every(utcYear, 5), format: year },
	{ unit: 'decade', step: 1, approx: 3652.5 * DAY, minPx: 40, interval: every(utcYear, 10), format: year },
	{ unit: 'decade', step: 2, approx: 7305 * DAY, minPx: 40, interval: every(utcYear, 20), format: year }
];

/** The finest tick density whose labels have room at this span and width. */
export function tickDensity(span: number, widthPx: number): { unit: TickUnit; step: number } {
	const d = densityFor(span, widthPx);
	return { unit: d.unit, step: d.step };
}

function densityFor(span: number, widthPx: number): Density {
	const pxPerMs = widthPx / Math.max(span, 1);
	return DENSITIES.find((d) => d.approx * pxPerMs >= d.minPx) ?? (DENSITIES[DENSITIES.length - 1] as Density);
}

/** Room a context label needs before the next one, in pixels. */
const CONTEXT_PX = 96;

/** The ticks and context labels of a window drawn `widthPx` wide. */
export function axisTicks(w: TimeWindow, widthPx: number): AxisTicks {
	const d = densityFor(w.end - w.start, widthPx);
	const range = (i: TimeInterval) => i.range(new Date(w.start), new Date(w.end + 1));
	const ticks = range(d.interval).map((t) => ({ time: t.getTime(), label: d.format(t) }));

	let context: Tick[] = [];
	if (d.unit === 'day' || d.unit === 'week' || d.unit === 'month') {
		const [interval, format] = d.unit === 'month' ? [utcYear, year] : [utcMonth, monthYear];
		const starts = range(interval).map((t) => ({ time: t.getTime(), label: format(t) }));
		// Name the period the window opens in too, unless its own start is about to be named.
		const px = (t: number) => ((t - w.start) / (w.end - w.start)) * widthPx;
		const first = starts[0];
		if (!first || (first.time > w.start && px(first.time) >= CONTEXT_PX)) {
			starts.unshift({ time: w.start, label: format(new Date(w.start)) });
		}
		context = starts;
	}
	return { unit: d.unit, step: d.step, ticks, context };
}
