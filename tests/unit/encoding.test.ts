import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/charts/theme.ts';
import { encodeSeries } from '../../src/lib/charts/lending/encoding.ts';
import { MARK_SHAPES, PALETTE, SECTOR_COLOURS, SERIES_ENCODING, seriesEncoding } from '../../src/lib/data/encoding.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { lendingView } from '../../src/lib/data/views/lending.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');

describe('one encoding per series, keyed by id', () => {
	it('lists every series of the dataset, each with its own colour and its own shape', () => {
		for (const s of ds.series) expect(SERIES_ENCODING, s.id).toHaveProperty([s.id]);
		const entries = Object.values(SERIES_ENCODING);
		expect(new Set(entries.map((e) => e.colour)).size).toBe(entries.length);
		expect(new Set(entries.map((e) => e.shape)).size).toBe(entries.length);
	});

	it.each(Object.entries(SERIES_ENCODING))('%s is readable on white (4.5:1)', (_, e) => {
		expect(contrast(e.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});

	it.each(['a-new-series', 'worldbank-ids-2022', 'x'])(
		'gives a series not listed yet (%s) the same colour and shape every time',
		(id) => {
			const e = seriesEncoding(id);
			expect(PALETTE).toContain(e.colour);
			expect(MARK_SHAPES).toContain(e.shape);
			expect(seriesEncoding(id)).toEqual(e);
		}
	);

	const views: [string, Partial<Filters>][] = [
		['no filter', {}],
		['Ecuador', { countries: ['ECU'] }],
		['Ecuador and Brazil', { countries: ['BRA', 'ECU'] }],
		['CLFD 2018 as bars', { source: 'clfd-2018' }],
		['AidData as bars, 2015 on', { source: 'aiddata-3', from: '2015-01-01' }]
	];
	it.each(views)('the lending chart draws each series in its own colour and shape under %s', (_, f) => {
		const v = lendingView(ds, { ...NO_FILTERS, ...f });
		const enc = encodeSeries(v.series);
		for (const s of v.series) {
			const own = seriesEncoding(s.id);
			expect(enc.get(s.id)?.fill, s.id).toBe(own.colour);
			expect(enc.get(s.id)?.shape, s.id).toBe(s.role === 'bars' ? null : own.shape);
		}
	});

	it('gives each sector its own colour', () => {
		expect(new Set(Object.values(SECTOR_COLOURS)).size).toBe(Object.keys(SECTOR_COLOURS).length);
	});
});
