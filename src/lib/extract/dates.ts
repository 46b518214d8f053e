/**
 * Date expressions in prose, resolved to the date specs of data/README.md at the precision
 * the words support: "late Monday" is a day, "last week" an ISO week, "in February" a month,
 * "until last year" a year, "in the 1980s" a decade, "between 11 and 15 April 2019" a range.
 *
 * chrono-node finds and resolves most expressions. What it does not cover — decades, bare
 * years, year ranges, day ranges with "between", "it has been N months since", "the same
 * day" — is matched here and resolved with chrono's arithmetic where there is any.
 *
 * Relative words are resolved against a reference: the document's publication date for
 * deictic ones ("last week", "yesterday", a weekday), and for anaphoric ones ("the week
 * before", "the same day") the latest date stated earlier in the same sentence. A date
 * without a year ("12 April") takes its year from the latest dated sentence of the
 * paragraph, else the last such date on or before the publication date.
 */
import * as chrono from 'chrono-node';
import { addDays, format, getISOWeek, getISOWeekYear } from 'date-fns';
import { parseDate, type DateValue } from '../data/dates.ts';
import type { Span } from './text.ts';

export interface DateMention extends Span {
	/** The words as written, with a leading qualifier: "late Monday", "nearly three months", "in February". */
	readonly phrase: string;
	readonly value: DateValue;
	/** True when the words need a reference date (no year stated), so the phrase is worth recording as `reported_as`. */
	readonly relative: boolean;
	/** A stretch counted back from publication ("over the past decade"), not a date the text names. */
	readonly duration?: boolean;
}

export interface DateContext {
	/** Publication (news) or compilation (reference) date of the document. */
	readonly reference: Date;
	/** The latest date with a stated year earlier in the paragraph, for dates without a year. */
	anchor: Date | null;
	/** The clause speaks of the future ("will", "next"): a bare weekday then lies ahead. */
	readonly future?: boolean;
	/** The last day or week the document stated, in any paragraph: what "a day later" counts from when the sentence gives nothing nearer. */
	last?: Date | null;
}

/** A count of units in digits or words, up to the tens a news text writes out. */
const COUNTS = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/;
const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const YEAR = '(?:1[5-9]|20)\\d\\d';
const QUALIFIER =
	/\b(?:late|early|mid|nearly|almost|about|around|roughly|some|until|till|since|in|on|by|through|throughout|during|from)[\s-]+$/i;

const day = (d: Date) => format(d, 'yyyy-MM-dd');
const isoWeek = (d: Date) => `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
const month = (d: Date) => format(d, 'yyyy-MM');
const year = (d: Date) => format(d, 'yyyy');

/** A spec this module built; parseDate validates it and gives its interval and label. */
function valueOf(spec: string): DateValue | null {
	const r = parseDate(spec);
	return r.ok ? r.value : null;
}

/** Midday on the first day a date value covers, as a local Date (a reference for chrono). */
export function dateOf(v: DateValue | string): Date {
	const s = typeof v === 'string' ? v : v.start;
	const [y, m, d] = s.split('-').map(Number) as [number, number, number];
	return new Date(y, m - 1, d, 12);
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';
const atUnit = (d: Date, unit: Unit): string => {
	switch (unit) {
		case 'day':
			return day(d);
		case 'week':
			return isoWeek(d);
		case 'month':
			return month(d);
		case 'year':
			return year(d);
		case 'decade':
			return `${String(Math.floor(d.getFullYear() / 10) * 10)}s`;
	}
};

/** chrono's arithmetic for "N units ago" / "N units later" (N in digits or words) from a reference. */
function shift(ref: Date, amount: string, unit: Unit, direction: 'ago' | 'later'): Date | null {
	const per = unit === 'decade' ? 'year' : unit;
	const phrase = `${amount} ${per}s ${direction}`;
	const r = chrono.en.casual.parse(phrase, ref)[0];
	if (!r || r.text !== phrase) return null;
	const d = r.start.date();
	if (unit !== 'decade') return d;
	const years = d.getFullYear() - ref.getFullYear();
	return new Date(ref.getFullYear() + years * 10, ref.getMonth(), ref.getDate(), 12);
}

interface Found extends Span {
	/** A relation to another date ("five days after", "a day later"): chrono's reading of the same words never replaces it. */
	readonly strong?: boolean;
	/** A stretch counted back from publication (see `DateMention.duration`). */
	readonly duration?: boolean;
	/** Resolve with the context as it stands when this mention is reached (anchors move left to right). */
	resolve(
		ctx: DateContext,
		sentenceAnchor: Date | null
	): { spec: string; relative: boolean; explicitYear: boolean } | null;
}

function customMatches(text: string, from: number): Found[] {
	const found: Found[] = [];
	const add = (re: RegExp, make: (m: RegExpExecArray) => Found | null) => {
		for (const m of text.matchAll(re)) {
			const f = make(m as RegExpExecArray);
			if (f) found.push(f);
		}
	};
	const span = (m: RegExpExecArray, group = 0) => {
		const g = m[group] ?? '';
		const offset = group === 0 ? 0 : m[0].indexOf(g);
		return { start: from + (m.index ?? 0) + offset, end: from + (m.index ?? 0) + offset + g.length };
	};
	// "in the 1980s"
	add(
		new RegExp(
			`\\b(?:(?:in|during|throughout|through|since|by|of|from)\\s+)?(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?((?:1[5-9]|20)\\d0)s\\b`,
			'gi'
		),
		(m) => {
			const spec = `${m[1]}s`;
			return { ...span(m), resolve: () => ({ spec, relative: false, explicitYear: true }) };
		}
	);
	// "from 2005 to 2017", "between 2005 and 2017", "2005-2017"
	add(
		new RegExp(
			`\\b(?:from|between)\\s+(${YEAR})\\s+(?:to|and|until|till|through)\\s+(${YEAR})\\b|\\b(${YEAR})\\s*[-–]\\s*(${YEAR})\\b`,
			'gi'
		),
		(m) => {
			const a = m[1] ?? m[3];
			const b = m[2] ?? m[4];
			if (!a || !b || Number(b) <= Number(a)) return null;
			return { ...span(m), resolve: () => ({ spec: `${a}/${b}`, relative: false, explicitYear: true }) };
		}
	);
	// "between 11 and 15 April 2019", "from April 11 to 15"
	const dayRange = (d1: string, d2: string, monthName: string, y: string | undefined, m: RegExpExecArray): Found => ({
		...span(m),
		resolve: (ctx) => {
			const ref = ctx.anchor ?? ctx.reference;
			const r = chrono.en.casual.parse(`${d1} ${monthName}${y ? ` ${y}` : ''}`, ref)[0];
			if (!r) return null;
			const start = r.start.date();
			const end = new Date(start.getFullYear(), start.getMonth(), Number(d2), 12);
			if (end <= start || end.getMonth() !== start.getMonth()) return null;
			return { spec: `${day(start)}/${day(end)}`, relative: !y, explicitYear: !!y };
		}
	});
	add(
		new RegExp(
			`\\b(?:from|between)\\s+(\\d{1,2})\\s+(?:to|and|until|till|-|–)\\s+(\\d{1,2})\\s+(${MONTHS})\\b(?:,?\\s+(${YEAR}))?`,
			'gi'
		),
		(m) => dayRange(m[1] as string, m[2] as string, m[3] as string, m[4], m)
	);
	add(
		new RegExp(
			`\\b(?:from|between)\\s+(${MONTHS})\\s+(\\d{1,2})\\s+(?:to|and|until|till|-|–)\\s+(\\d{1,2})\\b(?:,?\\s+(${YEAR}))?`,
			'gi'
		),
		(m) => dayRange(m[2] as string, m[3] as string, m[1] as string, m[4], m)
	);
	// "it has been nearly three months since": the phrase is "nearly three months".
	add(
		/\b(?:it\s+(?:has|had)\s+been|it[’']s\s+been)\s+((?:(?:nearly|almost|about|around|some|roughly|more than|over|just over|less than|barely)\s+)?(\w+)\s+(day|week|month|year|decade)s?)\s+since\b/gi,
		(m) => {
			const amount = m[2] as string;
			const unit = (m[3] as string).toLowerCase() as Unit;
			return {
				...span(m, 1),
				resolve: (ctx) => {
					const d = shift(ctx.reference, amount, unit, 'ago');
					return d ? { spec: atUnit(d, unit), relative: true, explicitYear: false } : null;
				}
			};
		}
	);
	// Durations: "over the past decade", "in the last three years", "in two years" (of something
	// done). They end at publication: the stretch runs back from it, at year (or month)
	// precision. A vague count ("the past few years", "recent years") stays words only, and
	// "in three years" of a clause that speaks of the future lies ahead, so it is no period here.
	add(
		/\b(?:over|in|during|within|across|throughout)\s+(?:the\s+)?(?:(past|last|previous|preceding)\s+)?(?:(\w+)\s+)?(decade|year|month)s?\b(?!\s+(?:ago|old|later|earlier|before|after|since|from\s+now)\b)/gi,
		(m) => {
			const back = m[1];
			const amount = (m[2] ?? (back ? 'one' : '')).toLowerCase();
			const unit = (m[3] as string).toLowerCase() as 'decade' | 'year' | 'month';
			if (!back && !amount) return null;
			// "in a decade" counts as one; "in the decade", "in recent years", "in its first year" are not counts.
			const count = amount === 'a' || amount === 'an' ? 'one' : amount;
			// "the past few years" names no length: no date at all (chrono would read "few" as three).
			if (!COUNTS.test(count)) return back ? { ...span(m), strong: true, resolve: () => null } : null;
			// "last year" alone is a calendar year (chrono's), not a stretch of twelve months.
			if (back && !m[2] && unit !== 'decade' && !/^(?:over|during|within|across|throughout)\b/i.test(m[0])) return null;
			return {
				...span(m),
				strong: true,
				duration: true,
				resolve: (ctx) => {
					if (!back && ctx.future) return null;
					const end = ctx.reference;
					const start = shift(end, count, unit, 'ago');
					if (!start) return null;
					const spec = unit === 'month' ? `${month(start)}/${month(end)}` : `${year(start)}/${year(end)}`;
					return { spec, relative: true, explicitYear: false };
				}
			};
		}
	);
	// "for three (more) years" is how long something lasts, from a start the text gives elsewhere:
	// not a date (chrono would count it forward from publication).
	add(
		/\bfor\s+(?:another\s+|a\s+further\s+)?(?:(?!(?:the|this|that|last|next|its|their)\b)\w+\s+)?(?:more\s+)?(?:day|week|month|year|decade)s?\b/gi,
		(m) => ({ ...span(m), strong: true, resolve: () => null })
	);
	// "the same day", "the previous week", "the following month": against a date stated before,
	// in the sentence, the paragraph, or else the last the document stated.
	add(/\bthe\s+(same|previous|preceding|following|next)\s+(day|week|month|year)\b/gi, (m) => {
		const which = (m[1] as string).toLowerCase();
		const unit = (m[2] as string).toLowerCase() as Unit;
		return {
			...span(m),
			strong: true,
			resolve: (ctx, sentenceAnchor) => {
				const anchor = sentenceAnchor ?? ctx.anchor ?? ctx.last ?? null;
				if (!anchor) return null;
				const d =
					which === 'same'
						? anchor
						: shift(anchor, '1', unit, which === 'previous' || which === 'preceding' ? 'ago' : 'later');
				return d ? { spec: atUnit(d, unit), relative: true, explicitYear: false } : null;
			}
		};
	});
	// "five days after" (what follows came five days before the date stated), "a day later",
	// "the day after the election": counted from the date the sentence, the paragraph or the
	// document stated last.
	add(
		/\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?|the\s+(day|week|month|year))\s+(later|after|earlier|before)\b/gi,
		(m) => {
			const amount = m[1] ? (/^an?$/i.test(m[1]) ? 'one' : m[1]) : 'one';
			const unit = (m[2] ?? m[3] ?? 'day').toLowerCase() as Unit;
			const rel = (m[4] as string).toLowerCase();
			// "later"/"earlier", and "after"/"before" ending the phrase ("the week before,"), move from
			// the anchor; "after X"/"before X" place X on the other side of it ("five days after Washington recognized").
			const ends = /^\s*(?:[,.;:)—–]|$)/.test(text.slice((m.index ?? 0) + m[0].length));
			const forward = rel === 'later' || (ends && rel === 'after') || (!ends && rel === 'before');
			const direction = forward ? 'later' : 'ago';
			return {
				...span(m),
				strong: true,
				resolve: (ctx, sentenceAnchor) => {
					const anchor = sentenceAnchor ?? ctx.anchor ?? ctx.last ?? null;
					if (!anchor) return null;
					const d = shift(anchor, amount, unit, direction);
					return d ? { spec: atUnit(d, unit), relative: true, explicitYear: false } : null;
				}
			};
		}
	);
	// "in the third quarter of 2017": its three months.
	add(new RegExp(`\\b(?:in\\s+)?the\\s+(first|second|third|fourth)\\s+quarter\\s+of\\s+(${YEAR})\\b`, 'gi'), (m) => {
		const q = ['first', 'second', 'third', 'fourth'].indexOf((m[1] as string).toLowerCase());
		const pad = (n: number) => String(n).padStart(2, '0');
		const spec = `${m[2]}-${pad(q * 3 + 1)}/${m[2]}-${pad(q * 3 + 3)}`;
		return { ...span(m), strong: true, resolve: () => ({ spec, relative: false, explicitYear: true }) };
	});
	// "on Friday and Saturday": the two days, the second the last such day on or before the report.
	const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
	add(
		/\bon\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(?:and|through|to)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
		(m) => {
			const w1 = WEEKDAYS.indexOf((m[1] as string).toLowerCase());
			const w2 = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
			return {
				...span(m),
				strong: true,
				resolve: (ctx) => {
					const ref = ctx.reference;
					const end = ctx.future
						? addDays(ref, (w2 - ref.getDay() + 7) % 7 || 7)
						: addDays(ref, -((ref.getDay() - w2 + 7) % 7));
					const start = addDays(end, -((w2 - w1 + 7) % 7 || 7));
					return { spec: `${day(start)}/${day(end)}`, relative: true, explicitYear: false };
				}
			};
		}
	);
	// A bare year: "in 2004", "At the end of 2017", "revised 2018 lending".
	add(new RegExp(`(?<![$€£\\d.,/-])\\b(${YEAR})\\b(?![\\d%]|\\s*(?:percent|per cent)\\b|s\\b|-\\d)`, 'g'), (m) => {
		const y = m[1] as string;
		return { ...span(m), resolve: () => ({ spec: y, relative: false, explicitYear: true }) };
	});
	return found;
}

const UNIT_WORD = /\b(day|week|month|year|decade)s?\b/i;
const ANAPHORIC = /\b(before|after|later|earlier|previous|prior|following)\b/i;
const THIS_UNIT = /^\s*this\s+(week|month|year)\s*$/i;
const WEEKDAY_MODIFIER = /\b(next|last|this|coming|past|previous)\b/i;

function chronoMatches(text: string, from: number, reference: Date): Found[] {
	const results = chrono.en.casual.parse(text, reference);
	const found: Found[] = [];
	for (const r of results) {
		const s = r.start;
		const unitMatch = UNIT_WORD.exec(r.text);
		const certainDate = ['day', 'month', 'year', 'weekday'].some((k) => s.isCertain(k as chrono.Component));
		if (!unitMatch && !certainDate && !r.tags().has('casualReference/today')) continue;
		// Month names are capitalised in English; "may" and "march" in lower case are verbs.
		if (
			!unitMatch &&
			!s.isCertain('day') &&
			!s.isCertain('weekday') &&
			/^[a-z]/.test(r.text.replace(/^(?:on|in)\s+/i, ''))
		)
			continue;
		if (s.isCertain('hour') && !certainDate && !unitMatch) continue;
		const start = from + r.index;
		// chrono keeps the comma it looked past for a year ("February, with ..."); the phrase ends before it.
		const matched = r.text.replace(/[\s,;:]+$/, '');
		const explicitYear = new RegExp(`\\b${YEAR}\\b`).test(r.text);
		found.push({
			start,
			end: start + matched.length,
			resolve: (ctx, sentenceAnchor) => {
				let result = r;
				const anaphoric = ANAPHORIC.test(r.text) && sentenceAnchor;
				const impliedYear = !explicitYear && !unitMatch && (s.isCertain('month') || s.isCertain('day'));
				const ref = anaphoric ? sentenceAnchor : impliedYear && ctx.anchor ? ctx.anchor : ctx.reference;
				if (ref !== reference) result = chrono.en.casual.parse(r.text, ref)[0] ?? r;
				const rs = result.start;
				let date = new Date(rs.get('year') ?? ref.getFullYear(), (rs.get('month') ?? 1) - 1, rs.get('day') ?? 1, 12);
				// A date without a year in a report is the last such date on or before the report,
				// unless the clause speaks of the future or a stated date anchors it.
				if (impliedYear && ref === ctx.reference && !ctx.future && date > ref && !result.end)
					date = new Date(date.getFullYear() - 1, date.getMonth(), date.getDate(), 12);
				// A sentence that lists dated steps goes forward: "on Aug. 24, 2017, …, on March 19 and … on May 21" are 2018 dates, if that is not after the report.
				if (impliedYear && sentenceAnchor && ref === ctx.anchor && date < sentenceAnchor && !result.end) {
					const next = new Date(date.getFullYear() + 1, date.getMonth(), date.getDate(), 12);
					if (next <= ctx.reference) date = next;
				}
				const relative = !explicitYear;
				if (result.end) {
					const e = result.end;
					const endDate = new Date(
						e.get('year') ?? date.getFullYear(),
						(e.get('month') ?? 1) - 1,
						e.get('day') ?? 1,
						12
					);
					const unit: Unit = rs.isCertain('day') ? 'day' : 'month';
					const a = atUnit(date, unit);
					const b = atUnit(endDate, unit);
					return { spec: a === b ? a : `${a}/${b}`, relative, explicitYear };
				}
				if (unitMatch) {
					const unit = (unitMatch[1] as string).toLowerCase() as Unit;
					const base = THIS_UNIT.test(r.text) ? ref : date;
					return { spec: atUnit(base, unit), relative, explicitYear };
				}
				const weekdayOnly = rs.isCertain('weekday') && !rs.isCertain('day') && !rs.isCertain('month');
				if (weekdayOnly && !WEEKDAY_MODIFIER.test(r.text)) {
					// A bare weekday in a report is the last one on or before the reference date,
					// or the next one after it when the clause speaks of the future.
					const wd = rs.get('weekday') ?? 0;
					const refDay = ref.getDay();
					const d = ctx.future ? addDays(ref, (wd - refDay + 7) % 7 || 7) : addDays(ref, -((refDay - wd + 7) % 7));
					return { spec: day(d), relative, explicitYear };
				}
				if (
					rs.isCertain('day') ||
					weekdayOnly ||
					result.tags().has('casualReference/today') ||
					result.tags().has('casualReference/yesterday') ||
					result.tags().has('casualReference/tomorrow')
				) {
					return { spec: day(date), relative, explicitYear };
				}
				if (rs.isCertain('month')) return { spec: month(date), relative, explicitYear };
				if (rs.isCertain('year')) return { spec: year(date), relative, explicitYear };
				return null;
			}
		});
	}
	return found;
}

/**
 * The `days` days that start or end on `anchor` (a day): "a three-day tour ending Sunday 14
 * April" is 12–14 April. Null when the anchor is not a single day.
 */
export function daysFrom(anchor: DateValue, days: number, anchorIs: 'start' | 'end'): DateValue | null {
	if (anchor.precision !== 'day' || !Number.isInteger(days) || days < 1) return null;
	const at = dateOf(anchor);
	const other = addDays(at, anchorIs === 'end' ? 1 - days : days - 1);
	const [a, b] = anchorIs === 'end' ? [other, at] : [at, other];
	return valueOf(days === 1 ? day(at) : `${day(a)}/${day(b)}`);
}

/**
 * Every date expression in `text.slice(span.start, span.end)` (one sentence), left to right.
 * Updates `ctx.anchor` with the last date stated with its year, for the sentences after it.
 */
export function findDates(text: string, span: Span, ctx: DateContext): DateMention[] {
	const slice = text.slice(span.start, span.end);
	const custom = customMatches(slice, span.start);
	const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
	// Longer custom matches win over shorter ones inside them ("2005" inside "from 2005 to 2017").
	const kept = custom
		.sort((a, b) => a.start - b.start || b.end - a.end)
		.filter((f, i, all) => !all.some((g, j) => j !== i && overlaps(f, g) && g.end - g.start > f.end - f.start));
	const fromChrono = chronoMatches(slice, span.start, ctx.reference).filter((c) => {
		const clash = kept.filter((k) => overlaps(k, c));
		// "now" is when the text speaks, not a date it reports.
		if (/^(?:right\s+)?now$/i.test(text.slice(c.start, c.end).trim())) return false;
		if (clash.every((k) => !k.strong && k.end - k.start < c.end - c.start)) {
			for (const k of clash) kept.splice(kept.indexOf(k), 1);
			return true;
		}
		return false;
	});
	const all = [...kept, ...fromChrono].sort((a, b) => a.start - b.start);
	const out: DateMention[] = [];
	let sentenceAnchor: Date | null = null;
	for (const f of all) {
		const r = f.resolve(ctx, sentenceAnchor);
		if (!r) continue;
		const value = valueOf(r.spec);
		if (!value) continue;
		let start = f.start;
		const before = text.slice(span.start, start);
		const q = QUALIFIER.exec(before);
		if (q && r.relative) start -= q[0].length;
		out.push({
			start,
			end: f.end,
			phrase: text.slice(start, f.end),
			value,
			relative: r.relative,
			...(f.duration ? { duration: true } : {})
		});
		if (value.precision === 'day' || value.precision === 'week') ctx.last = dateOf(value);
		if (r.explicitYear && value.precision !== 'year' && value.precision !== 'decade') {
			sentenceAnchor = dateOf(value);
			ctx.anchor = sentenceAnchor;
		} else if (r.explicitYear && value.precision === 'year') {
			sentenceAnchor = dateOf(value);
		}
	}
	return out;
}
