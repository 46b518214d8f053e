/**
 * The row lists of evidence links: consecutive rows written as ranges, read back to the same
 * rows, and a bad list refused with the part that is wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseRowList, rowList } from '../../src/lib/data/tables/row-list.ts';

describe('rowList', () => {
	it.each([
		[[12], '12'],
		[[12, 13], '12,13'],
		[[12, 13, 14, 15, 40], '12-15,40'],
		[[40, 14, 12, 13, 15, 13], '12-15,40'],
		[[1, 3, 5, 6, 7, 9, 10, 11, 12], '1,3,5-7,9-12'],
		[[], '']
	])('writes %j as %s', (rows, written) => {
		expect(rowList(rows)).toBe(written);
	});

	it('reads back to the same rows, sorted and each once', () => {
		const rows = [932, 933, 934, 2233, 2234, 2240, 7, 8, 9, 10, 2241];
		const back = parseRowList(rowList(rows), 10_000, 200);
		expect(back).toEqual({ ok: true, rows: [...rows].sort((a, b) => a - b) });
	});
});

describe('parseRowList', () => {
	it('takes single rows, ranges and both, as links written before ranges did', () => {
		expect(parseRowList('12,13,40', 100, 200)).toEqual({ ok: true, rows: [12, 13, 40] });
		expect(parseRowList('40,12-14,13', 100, 200)).toEqual({ ok: true, rows: [12, 13, 14, 40] });
		expect(parseRowList('100-100', 100, 200)).toEqual({ ok: true, rows: [100] });
	});

	it.each([
		['', 'must list row numbers from 1 to 100'],
		['0', '"0" is not one'],
		['101', '"101" is not one'],
		['5-101', '"5-101" is not one'],
		['9-3', '"9-3" is not one'],
		['1-2-3', '"1-2-3" is not one'],
		['7,x', '"x" is not one'],
		['-4', '"-4" is not one']
	])('refuses r=%j, naming the part', (raw, message) => {
		const r = parseRowList(raw, 100, 200);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain(message);
	});

	it('refuses more rows than a page shows, counting a range by its rows', () => {
		expect(parseRowList('1-200', 1000, 200).ok).toBe(true);
		const r = parseRowList('1-150,300-351', 1000, 200);
		expect(r).toEqual({ ok: false, error: 'Parameter r lists more than 200 rows; at most 200 are shown at once.' });
		// A range is refused before its rows are counted out, so a huge one costs nothing.
		expect(parseRowList('1-9999999', 9_999_999, 200).ok).toBe(false);
	});
});
