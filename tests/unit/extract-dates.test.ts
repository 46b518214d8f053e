/** Relative and absolute date expressions, resolved against the publication date at the precision the words support. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/data/dates.ts';
import { daysFrom } from '../../src/lib/extract/dates.ts';
import { datesIn } from '../fixtures/extract/helpers.ts';

describe('date expressions', () => {
	const table: [published: string, text: string, phrase: string, spec: string, precision: string][] = [
		// The news article's phrases (published Wednesday 17 April 2019), in other sentences.
		['2019-04-17', 'The network reported the story late Monday.', 'late Monday', '2019-04-15', 'day'],
		['2019-04-17', 'The order was given at a meeting last week.', 'last week', '2019-W15', 'week'],
		['2019-04-17', 'The convoy was stopped at the border in February.', 'in February', '2019-02', 'month'],
		[
			'2019-04-17',
			'It has been nearly three months since the election was held.',
			'nearly three months',
			'2019-01',
			'month'
		],
		['2019-04-17', 'She gave a speech Sunday in the capital.', 'Sunday', '2019-04-14', 'day'],
		['2019-04-17', 'The admiral, who until last year was the commander, spoke.', 'until last year', '2018', 'year'],
		['2019-04-17', 'He funded a war against Nicaragua in the 1980s.', 'in the 1980s', '1980s', 'decade'],
		['2019-04-17', 'A conference was held on April 10, behind closed doors.', 'on April 10', '2019-04-10', 'day'],
		['2019-04-17', 'He oversaw the coup in 2004.', '2004', '2004', 'year'],
		// Other relative words against the same date.
		['2019-04-17', 'The minister resigned yesterday.', 'yesterday', '2019-04-16', 'day'],
		['2019-04-17', 'The minister resigned today.', 'today', '2019-04-17', 'day'],
		['2019-04-17', 'The talks will resume next month.', 'next month', '2019-05', 'month'],
		['2019-04-17', 'The talks broke down last month.', 'last month', '2019-03', 'month'],
		['2019-04-17', 'The talks broke down three weeks ago.', 'three weeks ago', '2019-W13', 'week'],
		['2019-04-17', 'The talks took place this week.', 'this week', '2019-W16', 'week'],
		['2019-04-17', 'The minister resigned on Friday.', 'on Friday', '2019-04-12', 'day'],
		['2019-04-17', 'The minister will resign on Friday.', 'on Friday', '2019-04-19', 'day'],
		['2019-04-17', 'The minister resigned on Wednesday.', 'on Wednesday', '2019-04-17', 'day'],
		['2019-04-17', 'It has been two decades since the war ended.', 'two decades', '1990s', 'decade'],
		['2019-04-17', 'The mine closed in December.', 'in December', '2018-12', 'month'],
		// Other publication dates: year ends, ISO week years, leap days.
		['2020-01-02', 'The vote was held last week.', 'last week', '2019-W52', 'week'],
		['2020-01-02', 'The vote was held in December.', 'in December', '2019-12', 'month'],
		['2020-01-02', 'The vote was held last year.', 'last year', '2019', 'year'],
		['2021-01-03', 'The vote was held last week.', 'last week', '2020-W52', 'week'],
		['2021-01-04', 'The vote was held last week.', 'last week', '2020-W53', 'week'],
		['2020-03-01', 'The vote was held yesterday.', 'yesterday', '2020-02-29', 'day'],
		// A month name before a comma: the phrase stops at the word.
		[
			'2020-05-06',
			'Chile recognized the government in February, with Peru following suit.',
			'in February',
			'2020-02',
			'month'
		],
		['2019-01-07', 'The vote was held late Sunday.', 'late Sunday', '2019-01-06', 'day'],
		// Stated dates (a compiled reference note, 2026): the year is in the words.
		[
			'2026-11-26',
			'Between 11 and 15 April 2019 the secretary travelled.',
			'Between 11 and 15 April 2019',
			'2019-04-11/2019-04-15',
			'range'
		],
		['2026-11-26', 'From 2005 to 2017 state banks made 17 loans.', 'From 2005 to 2017', '2005/2017', 'range'],
		['2026-11-26', 'On 23 January 2019 he swore himself in.', 'On 23 January 2019', '2019-01-23', 'day'],
		['2026-11-26', 'At the end of 2017 the country owed $3 billion.', '2017', '2017', 'year'],
		['2026-11-26', 'The reports of 2005-2009 were revised.', '2005-2009', '2005/2009', 'range'],
		// Durations end at publication: the stretch counted back from it.
		[
			'2018-09-26',
			'Over the past decade China has lent Venezuela more than $50 billion.',
			'Over the past decade',
			'2008/2018',
			'range'
		],
		[
			'2018-09-26',
			'In the last three years, the banks lent $5 billion.',
			'In the last three years',
			'2015/2018',
			'range'
		],
		['2018-09-26', 'China lent Ecuador $6 billion in three years.', 'in three years', '2015/2018', 'range'],
		[
			'2018-09-26',
			'Over the past 18 months the bank lent $1 billion.',
			'Over the past 18 months',
			'2017-03/2018-09',
			'range'
		],
		['2018-09-26', 'In a decade the bank lent $1 billion.', 'In a decade', '2008/2018', 'range'],
		[
			'2020-02-05',
			'Over the past two decades the banks lent $60 billion.',
			'Over the past two decades',
			'2000/2020',
			'range'
		]
	];
	it.each(table)('published %s: "%s" → "%s" = %s (%s)', (published, text, phrase, spec, precision) => {
		const found = datesIn(text, published);
		expect(found.map((d) => d.phrase)).toEqual([phrase]);
		expect(found[0]?.value.spec).toBe(spec);
		expect(found[0]?.value.precision).toBe(precision);
		expect(text.includes(phrase)).toBe(true);
	});

	// Words that name how long, but no date: nothing is read from them.
	it.each([
		['2018-09-26', 'The bank lent $1 billion in the past few years.'],
		['2018-09-26', 'China will lend $2 billion in three years.'],
		['2018-09-26', 'The swap was extended for three years.'],
		['2018-09-26', 'The swap was extended for three more years.'],
		['2018-09-26', 'Lending fell in recent years.'],
		['2018-09-26', 'In its first year the fund lent nothing.']
	])('published %s: "%s" has no date', (published, text) => {
		expect(datesIn(text, published).map((d) => d.phrase)).toEqual([]);
	});

	const spans: [anchor: string, days: number, at: 'start' | 'end', spec: string | null][] = [
		['2019-04-14', 3, 'end', '2019-04-12/2019-04-14'],
		['2021-03-06', 4, 'end', '2021-03-03/2021-03-06'],
		['2020-11-02', 14, 'start', '2020-11-02/2020-11-15'],
		['2020-01-05', 10, 'end', '2019-12-27/2020-01-05'],
		['2020-03-01', 2, 'end', '2020-02-29/2020-03-01'],
		['2018-06-11', 1, 'start', '2018-06-11'],
		['2019-04', 3, 'end', null],
		['2019-04-14', 0, 'end', null]
	];
	it.each(spans)('the days of an occasion: from %s, %i days, the anchor its %s → %s', (anchor, days, at, spec) => {
		const a = parseDate(anchor);
		if (!a.ok) throw new Error(a.error);
		expect(daysFrom(a.value, days, at)?.spec ?? null).toBe(spec);
	});

	it('resolves "the week before" and "the same day" against the date stated earlier in the sentence', () => {
		const found = datesIn(
			'On 15 April 2019 the network reported that he had ordered it at a meeting the week before.',
			'2026-11-26'
		);
		expect(found.map((d) => [d.phrase, d.value.spec])).toEqual([
			['On 15 April 2019', '2019-04-15'],
			['the week before', '2019-W15']
		]);
		const same = datesIn(
			'On 23 January 2019 he swore himself in, and the United States recognized him the same day.',
			'2026-11-26'
		);
		expect(same.map((d) => d.value.spec)).toEqual(['2019-01-23', '2019-01-23']);
	});

	it('gives a date without a year the year of the last dated sentence of its paragraph', () => {
		const found = datesIn(
			'Between 11 and 15 April 2019 the secretary travelled. He spoke in the capital on 12 April.\n\nHe returned on 3 May.',
			'2026-11-26'
		);
		expect(found.map((d) => d.value.spec)).toEqual(['2019-04-11/2019-04-15', '2019-04-12', '2026-05-03']);
	});

	it('marks as relative only what needs the publication date', () => {
		const found = datesIn('On 10 April 2019 the talks failed; last week they resumed.', '2019-04-17');
		expect(found.map((d) => d.relative)).toEqual([false, true]);
	});

	it('finds no date in numbers that are not dates', () => {
		expect(
			datesIn(
				'Executive Order 13692, published at 80 FR 12747, names 2000 officials and 12 percent.',
				'2019-04-17'
			).map((d) => d.phrase)
		).toEqual(['2000']);
		expect(datesIn('Sales rose 2015% and the fund holds $2019 in cash.', '2019-04-17')).toEqual([]);
		expect(datesIn('They may march on the capital.', '2019-04-17')).toEqual([]);
	});
});
