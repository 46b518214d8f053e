import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/data/dates.ts';
import { applyFilters, parseFilters } from '../../src/lib/data/filters.ts';
import { DEFAULT_SOURCE, headlines } from '../../src/lib/data/views/overview.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { formatZoom, parseZoom } from '../../src/lib/data/zoom.ts';

describe('the zoom parameter', () => {
	it.each([
		['2019-04-01..2019-04-30', { start: '2019-04-01', end: '2019-04-30' }],
		[' 2019-04-08..2019-04-08 ', { start: '2019-04-08', end: '2019-04-08' }],
		['2016-02-29..2020-02-29', { start: '2016-02-29', end: '2020-02-29' }]
	])('reads %s', (raw, value) => {
		expect(parseZoom(raw)).toEqual({ ok: true, value });
		expect(parseZoom(formatZoom(value))).toEqual({ ok: true, value });
	});

	it.each([
		['2019-04-01', 'expected two days'],
		['2019-04-01..2019-04-30..2019-05-01', 'expected two days'],
		['2019-04..2019-05', '"2019-04" is not a day'],
		['2019-02-30..2019-03-01', '"2019-02-30" is not a day'],
		['2019-04-30..2019-04-01', 'ends before it starts'],
		['<b>..</b>', '"<b>" is not a day']
	])('refuses %s, saying why', (raw, error) => {
		const r = parseZoom(raw);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain(error);
	});
});

describe('days in words', () => {
	it.each([
		['2019-01-01', '1 Jan 2019'],
		['2019-04-30', '30 Apr 2019'],
		['2020-02-29', '29 Feb 2020'],
		['2019-02-30', '2019-02-30'],
		['2019-W15', '2019-W15']
	])('writes %s as %s', (iso, words) => {
		expect(formatDay(iso)).toBe(words);
	});
});

describe('headline sentences', () => {
	const ds = loadDatasetFromDir('data');
	const views = [
		'',
		'country=VEN',
		'kind=military',
		'from=2019-04-08&to=2019-04-14',
		'country=PER&sector=oil',
		'from=2021-01-01'
	];
	it.each(views)('leave counts that are zero out, and agree in number (%s)', (q) => {
		const { filters } = parseFilters(new URLSearchParams(q), { series: ds.series.map((s) => s.id) });
		for (const h of headlines(ds, applyFilters(ds, filters), filters.source ?? DEFAULT_SOURCE)) {
			expect(h.detail ?? '').not.toMatch(/(^|\D)0 /);
			expect(h.detail ?? '').not.toMatch(/\b1 other sources\b|\b1 other source report\b/);
			expect(`${h.figure} ${h.label}`).not.toMatch(/^1 \w+s\b/);
		}
	});
});
