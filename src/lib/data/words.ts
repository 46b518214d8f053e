/**
 * The dataset's vocabulary in words, in one place: record types, measures, dollar bases, what a
 * series covers, date precisions. Pages, legends, tables, exports and headlines all say a code
 * the way this module does.
 */
import type { DateValue } from './dates.ts';
import type { Covers, Dollars, LoanMeasure, RecordType } from './types.ts';

export const TYPE_LABELS: Readonly<Record<RecordType, { one: string; many: string }>> = {
	loan: { one: 'Loan claim', many: 'Loan claims' },
	sanction: { one: 'Sanction', many: 'Sanctions' },
	event: { one: 'Event', many: 'Events' },
	era: { one: 'Era', many: 'Eras' },
	series: { one: 'Loan series', many: 'Loan series' },
	entity: { one: 'Entity', many: 'Entities' }
};

export function typeLabel(type: RecordType, count = 1): string {
	const l = TYPE_LABELS[type];
	return count === 1 ? l.one : l.many;
}

/** How the headline and legends say a measure, before its period: "committed 2005–2017". */
export const MEASURE_VERB: Readonly<Record<LoanMeasure, string>> = {
	commitments: 'committed',
	'annual-lending': 'lent in',
	'debt-stock': 'owed at the end of'
};

export const DOLLAR_SHORT: Readonly<Record<Dollars, string>> = {
	nominal: 'nominal US$',
	'constant-2021': 'constant 2021 US$',
	unspecified: 'dollar basis not stated'
};

export const COVERS_WORDS: Readonly<Record<Covers, string>> = {
	loans: 'loans only',
	'official-finance': 'all official finance: loans, grants and central-bank currency swaps',
	unspecified: 'what it counts is not stated'
};

export const MEASURE_WORDS: Readonly<Record<LoanMeasure, string>> = {
	commitments: 'lending committed over the period',
	'annual-lending': 'lending in one year',
	'debt-stock': 'debt owed at the end of the period'
};

/** Measures in a table column: short enough not to wrap. */
export const MEASURE_SHORT: Readonly<Record<LoanMeasure, string>> = {
	commitments: 'committed',
	'annual-lending': 'lent in the year',
	'debt-stock': 'debt owed'
};

export const DOLLAR_WORDS: Readonly<Record<Dollars, string>> = {
	nominal: 'nominal US dollars',
	'constant-2021': 'constant 2021 US dollars',
	unspecified: 'US dollars, basis not stated'
};

const PRECISION_WORDS: Readonly<Record<DateValue['precision'], string>> = {
	day: 'to the day',
	week: 'to the week',
	month: 'to the month',
	year: 'to the year',
	decade: 'to the decade',
	range: 'a range'
};

/** "17 Apr 2019 (to the day; ISO 8601: 2019-04-17)". */
export function dateInWords(d: DateValue): string {
	return `${d.label} (${PRECISION_WORDS[d.precision]}; ISO 8601: ${d.iso})`;
}

export function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "government-debt" → "government debt". */
export function words(code: string): string {
	return code.replace(/-/g, ' ');
}

/** A quote cut at a word boundary to at most `max` characters (the ellipsis included). */
export function truncate(text: string, max: number): { text: string; truncated: boolean } {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return { text: flat, truncated: false };
	const cut = flat.slice(0, Math.max(1, max - 1));
	const space = cut.lastIndexOf(' ');
	const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '');
	return { text: `${head}…`, truncated: true };
}
