/**
 * Dates as the evidence supports them. A curated date is written as one of
 *
 *   2019-04-15   a day          2019-W15   an ISO week (Monday to Sunday)
 *   2019-04      a month        2019       a year
 *   1980s        a decade       A/B        a range between two of the above
 *
 * and becomes a typed value with its precision and the inclusive ISO interval it covers.
 * Calendar arithmetic (month lengths, ISO weeks, leap years) is date-fns's.
 */
import {
	endOfISOWeek,
	endOfMonth,
	format,
	getISOWeeksInYear,
	isValid,
	parse,
	setISOWeek,
	startOfISOWeek
} from 'date-fns';

export const PRECISIONS = ['day', 'week', 'month', 'year', 'decade', 'range'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface DateValue {
	/** The date as curated, e.g. `2019-W15`. */
	readonly spec: string;
	readonly precision: Precision;
	/** First day covered, `YYYY-MM-DD`. */
	readonly start: string;
	/** Last day covered (inclusive), `YYYY-MM-DD`. */
	readonly end: string;
	/** ISO 8601 interval `start/end`; a single day is just the day. */
	readonly iso: string;
	/** Human label at the date's precision: "15 Apr 2019", "week of 8 Apr 2019", "Feb 2019", "2005–2017". */
	readonly label: string;
}

export type DateResult = { ok: true; value: DateValue } | { ok: false; error: string };

const REF = new Date(2000, 0, 1);

/**
 * A day (YYYY-MM-DD) as the site writes it everywhere, pages, subtitles, exports and embeds:
 * "1 Jan 2019". Anything that is not a day is returned as it is.
 */
export function formatDay(iso: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
	const d = parse(iso, 'yyyy-MM-dd', REF);
	return isValid(d) ? format(d, 'd MMM yyyy') : iso;
}
const day = (d: Date) => format(d, 'yyyy-MM-dd');

interface Point {
	precision: Exclude<Precision, 'range'>;
	start: Date;
	end: Date;
}

function parsePoint(text: string): Point | string {
	let m: RegExpExecArray | null;
	if (/^(\d{4})-(\d{2})-(\d{2})$/.test(text)) {
		const d = parse(text, 'yyyy-MM-dd', REF);
		if (!isValid(d)) return `"${text}" is not a real calendar day`;
		return { precision: 'day', start: d, end: d };
	}
	if ((m = /^(\d{4})-W(\d{2})$/.exec(text))) {
		const year = Number(m[1]);
		const week = Number(m[2]);
		const weeks = getISOWeeksInYear(new Date(year, 5, 1));
		if (week < 1 || week > weeks) return `"${text}": ${year} has ISO weeks 1 to ${weeks}`;
		const start = startOfISOWeek(setISOWeek(new Date(year, 5, 1), week));
		return { precision: 'week', start, end: endOfISOWeek(start) };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
		const month = Number(m[2]);
		if (month < 1 || month > 12) return `"${text}" has no month ${m[2]}`;
		const start = new Date(Number(m[1]), month - 1, 1);
		return { precision: 'month', start, end: endOfMonth(start) };
	}
	if ((m = /^(\d{4})$/.exec(text))) {
		const y = Number(m[1]);
		return { precision: 'year', start: new Date(y, 0, 1), end: new Date(y, 11, 31) };
	}
	if ((m = /^(\d{3})0s$/.exec(text))) {
		const y = Number(m[1]) * 10;
		return { precision: 'decade', start: new Date(y, 0, 1), end: new Date(y + 9, 11, 31) };
	}
	return `"${text}" is not a date; write 2019-04-15, 2019-W15, 2019-04, 2019, 1980s or a range A/B`;
}

function pointLabel(p: Point): string {
	switch (p.precision) {
		case 'day':
			return format(p.start, 'd MMM yyyy');
		case 'week':
			return `week of ${format(p.start, 'd MMM yyyy')}`;
		case 'month':
			return format(p.start, 'MMM yyyy');
		case 'year':
			return format(p.start, 'yyyy');
		case 'decade':
			return `${format(p.start, 'yyyy')}s`;
	}
}

function rangeLabel(a: Point, b: Point): string {
	const sameYear = a.start.getFullYear() === b.end.getFullYear();
	if (a.precision === 'day' && b.precision === 'day' && sameYear) {
		if (a.start.getMonth() === b.end.getMonth()) {
			return `${format(a.start, 'd')}–${format(b.end, 'd MMM yyyy')}`;
		}
		return `${format(a.start, 'd MMM')} – ${format(b.end, 'd MMM yyyy')}`;
	}
	if (a.precision === 'month' && b.precision === 'month' && sameYear) {
		return `${format(a.start, 'MMM')}–${format(b.end, 'MMM yyyy')}`;
	}
	const sep = a.precision === 'year' && b.precision === 'year' ? '–' : ' – ';
	return `${pointLabel(a)}${sep}${pointLabel(b)}`;
}

/** Parse a curated date. Numbers are accepted for plain years (YAML reads `2019` as a number). */
export function parseDate(input: string | number): DateResult {
	const text = String(input).trim();
	const parts = text.split('/');
	if (parts.length > 2) return { ok: false, error: `"${text}" has more than one "/"; a range is A/B` };
	const points: Point[] = [];
	for (const part of parts) {
		const p = parsePoint(part.trim());
		if (typeof p === 'string') return { ok: false, error: p };
		points.push(p);
	}
	const [a, b] = points as [Point, Point | undefined];
	if (!b) {
		const start = day(a.start);
		const end = day(a.end);
		return {
			ok: true,
			value: {
				spec: text,
				precision: a.precision,
				start,
				end,
				iso: start === end ? start : `${start}/${end}`,
				label: pointLabel(a)
			}
		};
	}
	if (b.start.getTime() < a.start.getTime() || b.end.getTime() < a.end.getTime()) {
		return { ok: false, error: `range "${text}" ends before it starts` };
	}
	if (day(a.start) === day(b.start) && day(a.end) === day(b.end)) {
		return { ok: false, error: `range "${text}" starts and ends on the same date; write it once` };
	}
	const start = day(a.start);
	const end = day(b.end);
	return {
		ok: true,
		value: { spec: text, precision: 'range', start, end, iso: `${start}/${end}`, label: rangeLabel(a, b) }
	};
}
