import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/data/dates.ts';

describe('parseDate', () => {
	const good: [string | number, string, string, string, string][] = [
		// spec, precision, start, end, label
		['2019-04-15', 'day', '2019-04-15', '2019-04-15', '15 Apr 2019'],
		['2019-02-28', 'day', '2019-02-28', '2019-02-28', '28 Feb 2019'],
		['2020-02-29', 'day', '2020-02-29', '2020-02-29', '29 Feb 2020'],
		['2019-W15', 'week', '2019-04-08', '2019-04-14', 'week of 8 Apr 2019'],
		['2020-W53', 'week', '2020-12-28', '2021-01-03', 'week of 28 Dec 2020'],
		['2019-W01', 'week', '2018-12-31', '2019-01-06', 'week of 31 Dec 2018'],
		['2019-02', 'month', '2019-02-01', '2019-02-28', 'Feb 2019'],
		['2020-02', 'month', '2020-02-01', '2020-02-29', 'Feb 2020'],
		['2019', 'year', '2019-01-01', '2019-12-31', '2019'],
		[2004, 'year', '2004-01-01', '2004-12-31', '2004'],
		['1980s', 'decade', '1980-01-01', '1989-12-31', '1980s'],
		['2005/2017', 'range', '2005-01-01', '2017-12-31', '2005–2017'],
		['2019-04-11/2019-04-15', 'range', '2019-04-11', '2019-04-15', '11–15 Apr 2019'],
		['2019-01-23/2019-04-17', 'range', '2019-01-23', '2019-04-17', '23 Jan – 17 Apr 2019'],
		['2019-01/2019-04', 'range', '2019-01-01', '2019-04-30', 'Jan–Apr 2019'],
		['2018-12-30/2019-01-02', 'range', '2018-12-30', '2019-01-02', '30 Dec 2018 – 2 Jan 2019'],
		['2019-04-10/2019-W16', 'range', '2019-04-10', '2019-04-21', '10 Apr 2019 – week of 15 Apr 2019']
	];
	it.each(good)('%s is a %s from %s to %s ("%s")', (spec, precision, start, end, label) => {
		const r = parseDate(spec);
		expect(r.ok, r.ok ? '' : r.error).toBe(true);
		if (r.ok) {
			expect(r.value).toMatchObject({ precision, start, end, label });
			expect(r.value.iso).toBe(start === end ? start : `${start}/${end}`);
		}
	});

	const bad: [string, RegExp][] = [
		['2019-02-30', /not a real calendar day/],
		['2019-02-29', /not a real calendar day/],
		['2019-13-01', /not a real calendar day/],
		['2019-00', /no month 00/],
		['2019-13', /no month 13/],
		['2019-W54', /ISO weeks 1 to 52/],
		['2019-W00', /ISO weeks 1 to 52/],
		['2019-W53', /ISO weeks 1 to 52/],
		['17 April 2019', /is not a date/],
		['2019-4-5', /is not a date/],
		['1985s', /is not a date/],
		['2017/2005', /ends before it starts/],
		['2019-04-15/2019-04-10', /ends before it starts/],
		['2019/2019', /same date/],
		['2019/2020/2021', /more than one "\/"/],
		['', /is not a date/]
	];
	it.each(bad)('%s is refused', (spec, message) => {
		const r = parseDate(spec);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(message);
	});
});
