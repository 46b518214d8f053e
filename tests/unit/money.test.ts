import { describe, expect, it } from 'vitest';
import { formatUsd, parseUsd } from '../../src/lib/data/money.ts';

describe('parseUsd', () => {
	const good: [string, number][] = [
		['$62 billion', 62_000_000_000],
		['$42 billion', 42_000_000_000],
		['$600 million', 600_000_000],
		['$7.7 billion', 7_700_000_000],
		['$34.48 billion', 34_480_000_000],
		['$62.2 billion', 62_200_000_000],
		['US$5 billion', 5_000_000_000],
		['US $1.1 billion', 1_100_000_000],
		['USD 2.1 billion', 2_100_000_000],
		['$1.5bn', 1_500_000_000],
		['$250m', 250_000_000],
		['$1,250,000', 1_250_000],
		['$3 trillion', 3_000_000_000_000],
		['12 billion dollars', 12_000_000_000],
		['  $17 Billion ', 17_000_000_000]
	];
	it.each(good)('%s is %d dollars', (input, usd) => {
		expect(parseUsd(input)).toEqual({ ok: true, usd });
	});

	const bad: [string, RegExp][] = [
		['', /empty/],
		['62 billion', /names no currency/],
		['€62 billion', /not in US dollars/],
		['¥400 billion', /not in US dollars/],
		['R$10 billion', /not in US dollars/],
		['$62 gazillion', /unknown unit "gazillion"/],
		['$0', /not a positive amount/],
		['$0 billion', /not a positive amount/],
		['$-5 billion', /not an amount/],
		['$1.2345 thousand', /not a whole number of dollars/],
		['$ about 5 billion', /not an amount/],
		['$12,34 billion', /not an amount/]
	];
	it.each(bad)('%s is refused', (input, message) => {
		const r = parseUsd(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(message);
	});
});

describe('formatUsd', () => {
	it.each([
		[62_000_000_000, '$62 billion'],
		[62_200_000_000, '$62.2 billion'],
		[34_480_000_000, '$34.48 billion'],
		[600_000_000, '$600 million'],
		[1_250, '$1,250']
	])('%d is %s', (usd, text) => expect(formatUsd(usd)).toBe(text));
});
